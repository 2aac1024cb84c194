// The content script's error boundary, end to end in happy-dom: when reading the page throws, the page's
// window sees no error event and no unhandled rejection, the panel stays away, and the popup's diagnostics
// request is answered with what went wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard, lastExtensionError, recordError } from '../../entrypoints/lens.content/error-boundary';
import { createAnalysisService } from '../../lib/extension/analysis-service';
import {
  DIAGNOSTICS_REQUEST,
  DiagnosticsReply,
  UNREADABLE_POSTING,
} from '../../lib/extension/diagnostics-message';
import { en } from '../../lib/extension/i18n/panel/en';
import { publishPanelWords } from '../../lib/extension/i18n/panel/slot';

const engine = vi.hoisted(() => ({ fail: false }));
vi.mock('../../lib/engine/extract', async (original) => {
  const real = await original<typeof import('../../lib/engine/extract')>();
  return {
    ...real,
    extractPosting: (...args: Parameters<typeof real.extractPosting>) => {
      if (engine.fail) throw new TypeError('selector table is broken');
      return real.extractPosting(...args);
    },
  };
});

/** The background's part: the analysis messages are answered as entrypoints/background.ts answers them. */
const background = createAnalysisService();
const answerAnalysis = (message: unknown) => background.answer(message) ?? undefined;

const SAMPLE = readFileSync(resolve(__dirname, '../fixtures/samples/greenhouse-job.html'), 'utf8');
const URL_OF_SAMPLE = 'https://job-boards.greenhouse.io/example/jobs/4012345';

describe('content script on a page whose reading throws', () => {
  const pageErrors: unknown[] = [];
  const onError = (event: Event) => pageErrors.push(event);
  let ctx: ContentScriptContext;

  beforeEach(() => {
    // Chromium and Firefox have it; happy-dom does not.
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(answerAnalysis);
    // The background's part: the panel's words are injected beside the lens.
    publishPanelWords('en', en);
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_SAMPLE);
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      SAMPLE,
      'text/html',
    ).documentElement.innerHTML;
  });
  afterEach(() => {
    ctx.abort();
    vi.unstubAllGlobals();
    engine.fail = false;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  const start = async () => {
    const { default: contentScript } = await import('../../entrypoints/lens.content/index');
    ctx = new ContentScriptContext('lens', contentScript);
    await contentScript.main(ctx);
  };
  const diagnostics = async () =>
    DiagnosticsReply.parse(await fakeBrowser.runtime.sendMessage(DIAGNOSTICS_REQUEST));

  it('draws the complete panel from the background’s analysis when reading works (the control)', async () => {
    await start();
    const section = (id: string) =>
      document.querySelector('ai-leadership-lens')?.shadowRoot?.querySelector(`[data-section="${id}"]`);
    await vi.waitFor(() => expect(section('checks')).toBeTruthy());
    expect(section('checklist')).toBeTruthy();
    const reply = await diagnostics();
    expect(reply.status).toBe('posting');
    expect(reply.extensionError ?? null).toBeNull();
  });

  it('shows no panel, lets no error reach the page, and tells the popup what failed', async () => {
    engine.fail = true;
    await start();
    await vi.waitFor(async () => expect((await diagnostics()).status).toBe('unreadable'));
    const reply = await diagnostics();
    expect(reply).toMatchObject({
      status: 'unreadable',
      reason: { code: 'error', message: 'selector table is broken' },
    });
    expect(reply.extensionError).toEqual({ where: 'posting-read', message: 'selector table is broken' });
    // A page change makes it read again, through the frame guard: still nothing escapes.
    document.body.append(document.createElement('div'));
    await new Promise((done) => setTimeout(done, 50));
    expect(document.querySelector('ai-leadership-lens')).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});

describe('content script where every selector fails (fail closed)', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    fakeBrowser.reset();
    publishPanelWords('en', en);
    document.documentElement.innerHTML = '<head></head><body><main><p>Apply now</p></main></body>';
  });
  afterEach(() => {
    ctx.abort();
    vi.unstubAllGlobals();
  });
  const startAt = async (url: string) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    const { default: contentScript } = await import('../../entrypoints/lens.content/index');
    ctx = new ContentScriptContext('lens', contentScript);
    await contentScript.main(ctx);
    await new Promise((done) => setTimeout(done, 50));
    return DiagnosticsReply.parse(await fakeBrowser.runtime.sendMessage(DIAGNOSTICS_REQUEST));
  };

  it("says it couldn't read the posting when the address names a job, and shows no panel", async () => {
    const reply = await startAt(URL_OF_SAMPLE);
    expect(reply).toMatchObject({ status: 'unreadable', reason: UNREADABLE_POSTING });
    expect(document.querySelector('ai-leadership-lens')).toBeNull();
  });

  it('says there is no posting on a page whose address names none', async () => {
    expect((await startAt('https://job-boards.greenhouse.io/example')).status).toBe('no-posting');
  });
});

// Last: the content script tests above expect a page that has not recorded an error yet.
describe('guard', () => {
  it('keeps a thrown error and a rejected promise for the diagnostics, and lets neither escape', async () => {
    expect(() =>
      guard('list-cards', () => {
        throw new Error('boom');
      })(),
    ).not.toThrow();
    expect(lastExtensionError()).toEqual({ where: 'list-cards', message: 'boom' });
    guard('popup-answer', () => Promise.reject(new Error('later')))();
    await vi.waitFor(() => expect(lastExtensionError()).toEqual({ where: 'popup-answer', message: 'later' }));
    recordError('start', 'not an Error');
    expect(lastExtensionError()).toEqual({ where: 'start', message: 'not an Error' });
  });
});
