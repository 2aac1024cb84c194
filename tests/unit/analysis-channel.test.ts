// The cards port between the lens and the background: one port per page carries every frame's cards, each reply
// finds its request by number, and a port the background closed costs the requests on their way, not the next.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardFields } from '../../lib/engine/card-analysis';
import { createAnalysisService } from '../../lib/extension/analysis-service';
import { CARDS_PORT } from '../../lib/extension/cards-port';

const background = createAnalysisService();
const OPTIONS = { displayCurrency: 'USD', basis: 'base', homeRegion: null } as const;
const card = (title: string): CardFields => ({ jobId: '1', title, payText: null, location: 'New York, NY' });

/** A port as the lens sees it, whose other end the test plays: it answers now, later, or never. */
function fakePort() {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const sent: unknown[] = [];
  const port = {
    name: CARDS_PORT,
    postMessage: (message: unknown) => sent.push(message),
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  };
  return {
    port,
    sent,
    /** The background's answer to the message sent `index`th. */
    answer(index: number) {
      const reply = background.answerCards(sent[index]);
      for (const listener of onMessage) listener(reply);
    },
    disconnect() {
      for (const listener of onDisconnect) listener();
    },
  };
}

describe('the cards port', () => {
  let ports: ReturnType<typeof fakePort>[];
  let channel: typeof import('../../lib/extension/analysis-channel');

  beforeEach(async () => {
    ports = [];
    fakeBrowser.runtime.connect = vi.fn((info?: { name?: string }) => {
      expect(info?.name).toBe(CARDS_PORT);
      const made = fakePort();
      ports.push(made);
      return made.port as never;
    }) as never;
    vi.resetModules();
    channel = await import('../../lib/extension/analysis-channel');
  });

  it('carries every request over one port and settles each with its own reply, in any order', async () => {
    const first = channel.analyzeCards([card('Chief AI Officer'), card('Registered Nurse')], OPTIONS);
    const second = channel.analyzeCards([card('VP of AI')], OPTIONS);
    expect(ports).toHaveLength(1);
    ports[0]?.answer(1);
    ports[0]?.answer(0);
    const [caio, nurse] = await first;
    expect(caio?.roleId).toBe('caio');
    expect(nurse).toBeNull();
    expect((await second)[0]?.level).toBe('vp');
  });

  it('fails the requests on their way when the background closes the port, and opens a new one after', async () => {
    const lost = channel.analyzeCards([card('Chief AI Officer')], OPTIONS);
    ports[0]?.disconnect();
    await expect(lost).rejects.toThrow(/closed/);
    const next = channel.analyzeCards([card('Chief AI Officer')], OPTIONS);
    expect(ports).toHaveLength(2);
    ports[1]?.answer(0);
    expect((await next)[0]?.roleId).toBe('caio');
  });

  it('fails a request the background could not read, and one it cannot send, without throwing', async () => {
    const unreadable = channel.analyzeCards([card('x'.repeat(3_000))], OPTIONS);
    ports[0]?.answer(0);
    await expect(unreadable).rejects.toThrow(/no card chips/);
    const [open] = ports;
    if (!open) throw new Error('no port was opened');
    open.port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    await expect(channel.analyzeCards([card('VP of AI')], OPTIONS)).rejects.toThrow(/disconnected/);
    // The next request opens a new port.
    const next = channel.analyzeCards([card('VP of AI')], OPTIONS);
    expect(ports).toHaveLength(2);
    ports[1]?.answer(0);
    expect((await next)[0]?.level).toBe('vp');
  });
});

describe('a cards request the background never answers', () => {
  it('fails after ten seconds, so its cards are asked again', async () => {
    vi.useFakeTimers();
    try {
      fakeBrowser.runtime.connect = vi.fn(() => fakePort().port as never) as never;
      vi.resetModules();
      const channel = await import('../../lib/extension/analysis-channel');
      const unanswered = channel.analyzeCards([card('Chief AI Officer')], OPTIONS);
      const failed = expect(unanswered).rejects.toThrow(/did not answer/);
      await vi.advanceTimersByTimeAsync(10_000);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the background’s side of the cards port', () => {
  it('answers a request by its number, a request it cannot read with no chips, and nothing else at all', () => {
    const reply = background.answerCards({
      type: 'analyze-cards',
      id: 7,
      cards: [card('Head of AI')],
      options: OPTIONS,
    });
    expect(reply?.id).toBe(7);
    expect(reply?.views?.[0]?.level).toBe('head');
    expect(background.answerCards({ type: 'analyze-cards', id: 8, cards: 'none', options: OPTIONS })).toEqual(
      {
        id: 8,
        views: null,
      },
    );
    expect(background.answerCards({ type: 'analyze-cards', cards: [] })).toBeNull();
    expect(background.answerCards(null)).toBeNull();
    // The cards travel on the port only: the one-off message channel no longer answers them.
    expect(background.answer({ type: 'analyze-cards', id: 9, cards: [], options: OPTIONS })).toBeNull();
  });
});
