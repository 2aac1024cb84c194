// The engine runs the same in the page, in tests and in the CLI because it reaches for nothing outside its
// parameters: no extension APIs, no browser globals.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/engine/ is the engine; lib/extension/ (storage, messages) and lib/cli/ (Node) are the shells around it.
const LIB = path.resolve(import.meta.dirname, '../../lib/engine');
const GLOBALS = ['window', 'document', 'location', 'navigator', 'chrome', 'browser'];

function engineFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
  return walk(LIB).filter((file) => file.endsWith('.ts'));
}

/** Source without comments and string contents, so prose that says "document" is not a finding. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

describe('engine boundary', () => {
  const files = engineFiles();

  it('finds the engine files', () => {
    expect(files.map((f) => path.relative(LIB, f))).toEqual(
      expect.arrayContaining(['analyze.ts', 'extract.ts']),
    );
  });

  it.each(files.map((f) => [path.relative(LIB, f), f]))(
    '%s imports nothing from wxt or browser',
    (_name, file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const specifier of imports) {
        expect(specifier).not.toMatch(/^(wxt|@wxt-dev|webextension-polyfill|node:|happy-dom)/);
        // Nothing in the engine leans on the shells around it.
        expect(specifier).not.toMatch(/\/(extension|cli)\//);
      }
    },
  );

  it.each(files.map((f) => [path.relative(LIB, f), f]))('%s reads no browser globals', (_name, file) => {
    const source = code(file);
    // A name the file declares itself (a local `location`) is not the global.
    const globals = GLOBALS.filter(
      (name) => !new RegExp(`\\b(const|let|var)\\s+${name}\\b|[({,]\\s*${name}\\s*[:,)=]`).test(source),
    );
    for (const name of globals) {
      expect(source).not.toMatch(new RegExp(`(?<![.\\w$])${name}\\s*[.[]`));
    }
  });
});
