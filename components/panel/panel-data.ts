// What the panel's view reads of the bundled data, in the background (components/panel/panel-view.ts): the lens
// gets the view, worded, and none of the data.
import type { BundledData } from '../../data';

/** The role, the band and who says so. */
export type FirstPaintData = Pick<BundledData, 'roles' | 'sources' | 'regions' | 'rates' | 'salaries'>;

/** With the skill checklist's and the recruiter checks' data. */
export type CompletedData = FirstPaintData & Pick<BundledData, 'skills' | 'skillGroups'>;

/** The first paint's data, with the checklist's and checks' where the caller has it. */
export type PanelData = FirstPaintData & Partial<CompletedData>;
