// All the bundled data, for the pages that show it all (options, CLI, tests). The content script reads
// data/core.ts and gets data/details.ts later, in details.js.
import { type CoreData, loadCoreData } from './core';
import { type DetailData, loadDetailData } from './details';
import type { SourceNotesFile } from './schema';
import sourceNotesJson from './source-notes.json';

export type { CoreData } from './core';
export type { DetailData } from './details';
export type BundledData = CoreData & DetailData;

let cached: BundledData | undefined;

export function loadBundledData(): BundledData {
  cached ??= { ...loadCoreData(), ...loadDetailData() };
  return cached;
}

/** What each source says, by source id (options page). */
export function loadSourceNotes(): Record<string, string> {
  return (sourceNotesJson as SourceNotesFile).notes;
}
