// What the lens (entrypoints/lens.content), the script every job page evaluates, may carry: it reads the page and
// draws; the engine's analysis and the bundled data live in the background, which answers the lens's messages
// (lib/extension/analysis-service.ts), and the schema library stays out. Walks the lens's static value imports
// from its entry point: a type-only import costs nothing at run time and is not followed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(ROOT, 'entrypoints/lens.content/index.tsx');

/**
 * The modules of the analysis, the data, and the wording of the panel's figures and checks: the background's
 * alone (it sends the panel its view, components/panel/panel-view.ts).
 */
const BACKGROUND_ONLY = [
  /^data\/(?!schema\.ts$|vocabulary\.ts$)/,
  /^lib\/engine\/(analyze|analyze-core|benchmark|card-analysis|classify|currency|flags|region|reporting-line|skills|text-match|title-normalise)\.ts$/,
  /^components\/panel\/(panel-view|view-model|summary|check-words|match-words|band-figures|pay-figures|target-pay)\.ts$/,
  /^lib\/engine\/pay\//,
  /^lib\/extension\/(analysis-service|analysis-schema|ledger-schema|messages|diagnostics-message)\.ts$/,
  /^node_modules\/zod\//,
];

/** Every import statement's specifier, unless all it imports are types. */
function valueImports(source: string): string[] {
  const statements = source.matchAll(
    /^\s*(?:import|export)\s+(type\s+)?(?:([\w$*{}\s,]*?)\s+from\s+)?['"]([^'"]+)['"]/gm,
  );
  return [...statements].flatMap(([, typeOnly, clause = '', specifier = '']) => {
    if (typeOnly) return [];
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    const allTypes =
      names !== undefined &&
      names.trim() !== '' &&
      names.split(',').every((name) => name.trim() === '' || /^type\s/.test(name.trim()));
    return allTypes ? [] : [specifier];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    const bare = specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
    return path.join(ROOT, 'node_modules', bare, 'package.json');
  }
  const base = path.resolve(path.dirname(from), specifier.replace(/\?inline$/, ''));
  const found = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ?? null;
}

/** The files the lens's entry point reaches through value imports (packages by their package.json). */
function lensModules(): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      expect(target, `${path.relative(ROOT, file)} imports ${specifier}`).not.toBeNull();
      if (target) walk(target);
    }
  };
  walk(ENTRY);
  return [...seen].map((file) => path.relative(ROOT, file));
}

describe('lens boundary', () => {
  const modules = lensModules();

  it('reaches the page reader, the panel and the chips', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'lib/engine/extract.ts',
        'lib/engine/jsonld.ts',
        'components/panel/Panel.tsx',
        'components/badge/badge-host.ts',
        'lib/extension/analysis-channel.ts',
      ]),
    );
  });

  it('carries none of the analysis, the data or the schemas', () => {
    const carried = modules.filter((file) => BACKGROUND_ONLY.some((rule) => rule.test(file)));
    expect(carried).toEqual([]);
  });

  it('knows a value import from a type-only one', () => {
    expect(
      valueImports(
        [
          "import type { A } from './a';",
          "import { type B, type C } from './b';",
          "import { type D, e } from './d';",
          "import f from './f';",
          "import './g.css';",
          "export { h } from './h';",
          "export type { I } from './i';",
        ].join('\n'),
      ),
    ).toEqual(['./d', './f', './g.css', './h']);
  });
});
