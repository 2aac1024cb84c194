// `npm run demo -- --headless`, the newcomer's first command, run as they run it (build already done by
// `npm run test:browser`): one line and one screenshot per sample page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

describe('npm run demo -- --headless', () => {
  it('prints what it detected on each sample page and writes a screenshot of each, and of each panel', {
    timeout: 300_000,
  }, () => {
    const out = path.join(ROOT, 'demo-output');
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['tests/demo.ts', '--headless'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 290_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const samples = readdirSync(path.join(ROOT, 'tests/fixtures/samples')).filter((f) => f.endsWith('.html'));
    const lines = run.stdout.split('\n').filter((line) => /^\S+\s+(panel:|no panel)/.test(line));
    expect(lines).toHaveLength(samples.length);
    expect(lines.find((l) => l.startsWith('linkedin-guest-job '))).toMatch(
      /panel: Chief AI Officer \| pay USD 320000-450000\/yr \| no benchmark/,
    );
    // A US Head of AI has a band computed from rows, so a verdict.
    expect(lines.find((l) => l.startsWith('indeed-job '))).toMatch(
      /panel: Head of AI \/ ML \| pay USD 225000-265000\/yr \| within/,
    );
    expect(lines.find((l) => l.startsWith('linkedin-guest-non-ai '))).toMatch(/no panel/);
    expect(lines.find((l) => l.startsWith('linkedin-search '))).toMatch(/\d+ list badges/);
    for (const sample of samples) {
      const name = sample.replace(/\.html$/, '');
      expect(existsSync(path.join(out, `${name}.png`))).toBe(true);
      // Light, dark, 200% zoom and a 360 px window for every page that shows a panel.
      const panel = lines.some((line) => line.startsWith(`${name} `) && line.includes('panel:'));
      for (const variant of ['panel-light', 'panel-dark', 'zoom-200', 'width-360'])
        expect(existsSync(path.join(out, `${name}.${variant}.png`)), `${name}.${variant}`).toBe(panel);
    }
  });
});
