// The built extensions as files (their manifests and their code) and the source they are built from, for the
// checks that need no browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './harness';

export const BUILDS = [
  { name: 'chrome-mv3', dir: CHROME_BUILD, build: 'npx wxt build' },
  { name: 'firefox-mv2', dir: FIREFOX_BUILD, build: 'npx wxt build -b firefox' },
] as const;

export type BuildName = (typeof BUILDS)[number]['name'];

/** The fields of a built manifest these tests read; anything else is reached through the index. */
export interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
  [key: string]: unknown;
}

export function builtDir(name: BuildName): string {
  const build = BUILDS.find((b) => b.name === name);
  if (!build) throw new Error(`Unknown build ${name}`);
  if (!existsSync(path.join(build.dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${build.dir}: run "${build.build}" first.`);
  }
  return build.dir;
}

export function builtManifest(name: BuildName): BuiltManifest {
  return JSON.parse(readFileSync(path.join(builtDir(name), 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Every file of a build whose name ends with one of `extensions`, as paths relative to the build. */
export function builtFiles(name: BuildName, extensions: string[]): string[] {
  const dir = builtDir(name);
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

export function builtText(name: BuildName, file: string): string {
  return readFileSync(path.join(builtDir(name), file), 'utf8');
}

/** Our own source, the only code we write into the bundles: paths relative to the repository. */
export function ourSourceFiles(): string[] {
  return ['components', 'entrypoints', 'lib', 'data'].flatMap((dir) =>
    (readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => path.join(dir, file)),
  );
}

export function sourceText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}
