// Mozilla's add-on linter (web-ext lint, the check addons.mozilla.org runs on upload) on the Firefox build:
// no error, and no warning except UNSAFE_VAR_ASSIGNMENT where Preact's renderer applies
// dangerouslySetInnerHTML, a prop our code never passes (checked here too). SECURITY.md names the warning.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, builtText, ourSourceFiles, sourceText } from './built-extension';
import { ROOT } from './harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const WEB_EXT = path.join(ROOT, 'node_modules/.bin/web-ext');

/** The code just before the flagged column: Preact's diff applies `props.dangerouslySetInnerHTML.__html`. */
function isPreactInnerHtml(message: LintMessage): boolean {
  if (!message.file || message.line === undefined || message.column === undefined) return false;
  const line = builtText('firefox-mv2', message.file).split('\n')[message.line - 1] ?? '';
  const before = line.slice(Math.max(0, message.column - 400), message.column + 40);
  return /=="dangerouslySetInnerHTML"\?/.test(before) && /\.innerHTML=\w+\.__html/.test(before);
}

describe('web-ext lint on the Firefox build', () => {
  let report: LintReport;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      WEB_EXT,
      ['lint', '--source-dir', builtDir('firefox-mv2'), '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024, timeout: 110_000 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    report = JSON.parse(stdout) as LintReport;
    const lines = [...report.errors, ...report.warnings, ...report.notices].map(
      (m) => `  ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`,
    );
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}\n${lines.join('\n')}`);
  }, 120_000);

  it('reports no error', () => {
    expect(report.errors).toEqual([]);
  });

  it("warns only about Preact's own innerHTML assignment", () => {
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const warning of report.warnings) {
      expect(warning.code, JSON.stringify(warning)).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(warning.message).toBe('Unsafe assignment to innerHTML');
      expect(isPreactInnerHtml(warning), JSON.stringify(warning)).toBe(true);
    }
    // The shared chunk for the popup and options page, and the content script: one renderer each.
    expect(report.warnings.map((w) => w.file).sort()).toEqual([
      expect.stringMatching(/^chunks\/[\w-]+\.js$/),
      'content-scripts/lens.js',
    ]);
  });

  it('has no notice', () => {
    expect(report.notices).toEqual([]);
  });

  it('reaches that renderer path from none of our code', () => {
    const offenders = ourSourceFiles().filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        sourceText(file),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
