// What the panel's view reads of the bundled data, in the background (components/panel/panel-view.ts): the lens
// gets the view, worded, and none of the data.
import type { BundledData } from '../../data';

/** The roles, the bands and who says so. */
export type RoleAndPayData = Pick<BundledData, 'roles' | 'sources' | 'regions' | 'rates' | 'salaries'>;

/** All of it: with the skill checklist's data. */
export type PanelData = RoleAndPayData & Pick<BundledData, 'skills' | 'skillGroups'>;
