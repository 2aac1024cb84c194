// All the bundled data, for the background's analysis and the pages that show it all (options, CLI, tests). The
// lens carries none of it: the background sends it the part the panel reads.
import citiesJson from './cities.json';
import { type CoreData, loadCoreData } from './core';
import coverageJson from './coverage.json';
import { type DetailData, loadDetailData } from './details';
import type { CitiesFile, CoverageFile, SourceNotesFile } from './schema';
import sourceNotesJson from './source-notes.json';

export type { CoreData } from './core';
export type { DetailData } from './details';
export type BundledData = CoreData & DetailData;

let cached: BundledData | undefined;

export function loadBundledData(): BundledData {
  // Off the page there is room for the whole gazetteer.
  cached ??= { ...loadCoreData(), ...loadDetailData(), cities: (citiesJson as CitiesFile).cities };
  return cached;
}

/** What each source says, by source id (options page). */
export function loadSourceNotes(): Record<string, string> {
  return (sourceNotesJson as SourceNotesFile).notes;
}

/** Rows per title group and region behind the computed bands, and the other sources tried (options page). */
export function loadCoverage(): CoverageFile {
  return coverageJson as CoverageFile;
}
