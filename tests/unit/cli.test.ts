// The analyze CLI, run as a user runs it: a separate Node process, no browser.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function analyze(args: string[], input?: string) {
  const run = spawnSync(TSX, ['lib/cli/cli.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts Node and tsx: seconds each on a loaded machine.
describe('npm run analyze -- page.html', { timeout: 60_000 }, () => {
  it('prints one JSON object for a saved posting, with how each field was read', () => {
    const run = analyze(['tests/fixtures/samples/linkedin-guest-job.html']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.site).toBe('linkedin');
    expect(report.posting.title).toBe('Chief AI Officer');
    expect(report.posting.salary).toEqual({
      min: 320000,
      max: 450000,
      currency: 'USD',
      period: 'year',
      annualMin: 320000,
      annualMax: 450000,
    });
    expect(report.role).toMatchObject({ id: 'caio' });
    expect(report.aiLeadership).toBe(true);
    expect(report.region.id).toBe('US-CA');
    // No source states a sample for a US Chief AI Officer: no band and no verdict, a reason instead, and the
    // seed card's $280k-$500k shown as an uncited reference.
    expect(report.benchmark.band).toBeNull();
    expect(report.benchmark.position).toBeNull();
    expect(report.benchmark.gap).toMatch(
      /^No benchmark for Chief AI Officer in California or the United States/,
    );
    expect(report.benchmark.references).toContainEqual(
      expect.objectContaining({ id: 'caio-us-base-seed-card', low: 280000, high: 500000, why: 'uncited' }),
    );
    expect(report.skills.mentioned.map((s: { id: string }) => s.id)).toContain('eu_ai_act');
    // How each field was read: the code, with its words in English beside it.
    expect(report.sources.title).toEqual({
      code: 'selector',
      selector: '.top-card-layout__title',
      attribute: null,
      label: null,
      seen: '2026-06',
      message: 'Selector .top-card-layout__title (checked Jun 2026)',
    });
    expect(report.sources.workplace).toMatchObject({
      code: 'not-found',
      message: "Not found: no schema.org data on the page; none of the site's 3 selectors matched",
    });
    expect(Array.isArray(report.flags)).toBe(true);
  });

  it('places posted pay in a computed band: a Head of AI in the US against aijobs.net rows', () => {
    const run = analyze(['tests/fixtures/samples/indeed-job.html']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.role).toMatchObject({ id: 'head_ai' });
    expect(report.posting.salary).toMatchObject({ annualMin: 225000, annualMax: 265000, currency: 'USD' });
    expect(report.benchmark.band).toMatchObject({
      role: 'head_ai',
      region: 'US',
      method: 'computed',
      nKind: 'rows',
    });
    expect(report.benchmark.band.n).toBeGreaterThanOrEqual(5);
    expect(report.benchmark.gap).toBeNull();
    expect(report.benchmark.position).toMatchObject({ verdict: 'within', comparedBasis: 'base' });
  });

  it('gives each check as its code and figures, with the panel’s English words for it', () => {
    const run = analyze(['tests/fixtures/samples/lever-job.html']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).flags).toEqual([
      {
        id: 'no-governance',
        severity: 'low',
        code: 'no-governance',
        params: { examples: ['eu_ai_act', 'nist_ai_rmf', 'iso_iec_42001'] },
        sources: expect.arrayContaining(['eu-ai-act-2024-1689', 'nist-ai-rmf-1-0']),
        message:
          'An AI leadership role that mentions no AI governance or risk work (such as EU AI Act, NIST AI RMF, and ISO/IEC 42001).',
      },
    ]);
  });

  it('reads the JobPosting data of a saved page whatever its address, and takes the site from --url', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lens-cli-'));
    const page = path.join(dir, 'fragment.html');
    const html = `<html><body><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'VP of AI',
      hiringOrganization: { '@type': 'Organization', name: 'Example Co' },
      description: '<p>Lead our AI organisation and report to the CEO.</p>',
    })}</script></body></html>`;
    writeFileSync(page, html);
    const unaddressed = analyze([page]);
    expect(unaddressed.code).toBe(0);
    expect(JSON.parse(unaddressed.stdout)).toMatchObject({ site: 'generic', role: { id: 'vp_ai' } });
    const careersSite = path.join(dir, 'personio.html');
    writeFileSync(
      careersSite,
      html.replace(
        '<html>',
        '<html><head><link rel="canonical" href="https://acme.jobs.personio.de/job/42"></head>',
      ),
    );
    const unclaimed = analyze([careersSite]);
    expect(unclaimed.code).toBe(0);
    expect(JSON.parse(unclaimed.stdout)).toMatchObject({ site: 'generic', posting: { title: 'VP of AI' } });
    const run = analyze([page, '--url', 'https://job-boards.greenhouse.io/example/jobs/1']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ site: 'greenhouse', role: { id: 'vp_ai' } });
  });

  it.each([
    ['a missing file', ['no/such/page.html'], /no such file/],
    ['no file at all', [], /no page given/],
    ['an empty file', ['@empty'], /empty/],
    ['a file that is not HTML', ['@json'], /not an HTML page/],
    ['a page no adapter reads', ['@unknown-site'], /no job posting found/],
  ])('rejects %s with a clear message and exit code 2', (_case, args, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lens-cli-'));
    const files: Record<string, [string, string]> = {
      '@empty': ['empty.html', ''],
      '@json': ['data.html', '{"title": "Chief AI Officer"}'],
      '@unknown-site': [
        'page.html',
        '<html><head><link rel="canonical" href="https://example.org/about"></head><body><p>Hi</p></body></html>',
      ],
    };
    const resolved = args.map((arg) => {
      const file = files[arg];
      if (!file) return arg;
      writeFileSync(path.join(dir, file[0]), file[1]);
      return path.join(dir, file[0]);
    });
    const run = analyze(resolved);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('npm run analyze -- --titles', { timeout: 60_000 }, () => {
  it('prints one JSON line per title read from stdin', () => {
    const run = analyze(['--titles'], 'Chief AI Officer\n\nRetail Store Manager\nVP, Machine Learning\n');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ title: 'Chief AI Officer', role: 'caio' });
    expect(lines[1]).toEqual({ title: 'Retail Store Manager', role: null, confidence: 0 });
    expect(lines[2]).toMatchObject({ title: 'VP, Machine Learning', role: 'vp_ai' });
  });
});
