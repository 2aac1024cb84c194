// The popup's view of a tab: which page kind a URL is, and the diagnostics reply built from a real analysis.
import { describe, expect, it } from 'vitest';
import { classifyPage, matchesPattern } from '../../components/settings/current-page';
import { loadBundledData } from '../../data';
import { analyzeDocument } from '../../lib/engine/analyze';
import { fieldSources } from '../../lib/engine/report';
import {
  DiagnosticsReply,
  diagnosticsFromAnalysis,
  diagnosticsFromError,
  UNREADABLE_POSTING,
} from '../../lib/extension/diagnostics-message';
import { loadFixture } from './sites/fixture';

describe('classifyPage', () => {
  it.each([
    ['https://www.linkedin.com/jobs/search/?keywords=ai', 'linkedin'],
    ['https://linkedin.com/jobs/view/1', 'linkedin'],
    ['https://job-boards.greenhouse.io/acme/jobs/1', 'greenhouse'],
    ['https://jobs.eu.lever.co/acme/1', 'lever'],
    ['https://jobs.ashbyhq.com/acme/1', 'ashby'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/careers/job/1', 'workday'],
    ['https://wellfound.com/jobs/1', 'wellfound'],
    ['https://www.glassdoor.co.uk/job-listing/x.htm', 'glassdoor'],
    ['https://uk.indeed.com/viewjob?jk=1', 'indeed'],
  ])('%s is the job site %s', (url, site) => {
    expect(classifyPage(url, [])).toEqual({ kind: 'job-site', site, origin: new URL(url).origin });
  });

  it('an https origin the user enabled is generic; one not enabled can be', () => {
    const url = 'https://careers.example.com/jobs/42?src=x';
    expect(classifyPage(url, ['https://careers.example.com'])).toEqual({
      kind: 'granted',
      site: 'generic',
      origin: 'https://careers.example.com',
    });
    expect(classifyPage(url, ['https://other.example.com'])).toEqual({
      kind: 'can-enable',
      origin: 'https://careers.example.com',
    });
  });

  it.each([
    ['no URL (no host permission)', undefined],
    ['a browser page', 'chrome://extensions/'],
    ['plain http', 'http://careers.example.com/'],
    ['a local file', 'file:///home/me/job.html'],
    ['not a URL', 'not a url'],
    ['a look-alike host', 'https://linkedin.com.example.net/jobs/1'],
  ])('%s is unsupported or only enable-able', (_label, url) => {
    const page = classifyPage(url, []);
    expect(page.kind === 'unsupported' || page.kind === 'can-enable').toBe(true);
    expect(page.kind).not.toBe('job-site');
  });

  it('match patterns: scheme, subdomain wildcard, exact host', () => {
    expect(matchesPattern(new URL('http://a.b.linkedin.com/x'), '*://*.linkedin.com/*')).toBe(true);
    expect(matchesPattern(new URL('https://notlinkedin.com/x'), '*://*.linkedin.com/*')).toBe(false);
    expect(matchesPattern(new URL('ftp://jobs.lever.co/x'), '*://jobs.lever.co/*')).toBe(false);
    expect(matchesPattern(new URL('https://x.jobs.lever.co/x'), '*://jobs.lever.co/*')).toBe(false);
  });
});

describe('diagnostics reply', () => {
  const data = loadBundledData();
  const url = 'https://www.linkedin.com/jobs/view/chief-ai-officer-at-northwind-analytics-4400000001';

  it('built from a real analysis, it passes its own schema and says how each field was read', () => {
    const analysis = analyzeDocument(loadFixture('samples/linkedin-guest-job.html'), url, data, {
      displayCurrency: 'USD',
      basis: 'base',
      today: '2026-01-15',
    });
    expect(analysis).not.toBeNull();
    const reply = diagnosticsFromAnalysis(analysis, { site: 'linkedin', url }, data.roles);
    // The round trip through JSON is what the message channel does.
    const parsed = DiagnosticsReply.parse(JSON.parse(JSON.stringify(reply)));
    expect(parsed.status).toBe('posting');
    if (parsed.status !== 'posting' || !analysis) return;
    expect(parsed.role?.id).toBe(analysis.role?.id);
    expect(parsed.role?.name).toBe(data.roles.find((r) => r.id === analysis.role?.id)?.name);
    expect(parsed.fields.map((f) => f.field)).toEqual([
      'title',
      'company',
      'location',
      'workplace',
      'payText',
      'description',
    ]);
    const sources = fieldSources(analysis.posting);
    for (const field of parsed.fields) {
      const name = field.field as keyof typeof sources;
      expect(field.found).toBe(analysis.posting[name].value !== null);
      expect(field.how).toEqual(sources[name]);
    }
    // The guest page has no schema.org data: its selectors read the fields, the workplace none of them.
    expect(parsed.fields[0]?.how).toEqual({
      code: 'selector',
      selector: '.top-card-layout__title',
      attribute: null,
      label: null,
      seen: '2026-06',
    });
    expect(parsed.fields.find((f) => f.field === 'workplace')?.how).toEqual({
      code: 'not-found',
      jobPosting: false,
      selectors: 3,
    });
    // No sample for a US Chief AI Officer: no band, for want of data, not of a region.
    expect(parsed.position).toBeNull();
    expect(parsed.benchmarkGap).toBe('no-band');
  });

  it('no posting and a thrown error are replies too', () => {
    const none = diagnosticsFromAnalysis(
      null,
      { site: 'indeed', url: 'https://www.indeed.com/' },
      data.roles,
    );
    expect(DiagnosticsReply.parse(none)).toEqual({
      type: 'diagnostics',
      site: 'indeed',
      url: 'https://www.indeed.com/',
      status: 'no-posting',
    });
    const failed = diagnosticsFromError(new TypeError('x is null'), {
      site: null,
      url: 'https://a.example.com/',
    });
    expect(DiagnosticsReply.parse(failed)).toMatchObject({
      status: 'unreadable',
      reason: { code: 'error', message: 'x is null' },
      site: null,
    });
    const unread = diagnosticsFromError(UNREADABLE_POSTING, {
      site: 'lever',
      url: 'https://jobs.lever.co/a/1',
    });
    expect(DiagnosticsReply.parse(unread)).toMatchObject({
      status: 'unreadable',
      reason: { code: 'job-not-read' },
    });
  });

  it('rejects a reply of the wrong shape', () => {
    expect(
      DiagnosticsReply.safeParse({ type: 'diagnostics', status: 'posting', site: 'linkedin', url: 'x' })
        .success,
    ).toBe(false);
    expect(DiagnosticsReply.safeParse({ type: 'posting-status', aiLeadership: true }).success).toBe(false);
  });
});
