// What the panel reads of the bundled data: the background sends it to the lens with the first analysis
// (lib/extension/analysis-schema.ts), so this is all of it the page ever holds.
import type { BundledData } from '../../data';

/** The role, the band and who says so. */
export type FirstPaintData = Pick<BundledData, 'roles' | 'sources' | 'regions' | 'rates' | 'salaries'>;

/** With the skill checklist's and the recruiter checks' data. */
export type CompletedData = FirstPaintData & Pick<BundledData, 'skills' | 'skillGroups'>;

/** The first paint's data, with the checklist's and checks' where the caller has it. */
export type PanelData = FirstPaintData & Partial<CompletedData>;
