import type { PanelOptions } from '../../../components/panel/options';
import { Panel, type PanelProps } from '../../../components/panel/Panel';
import type { PanelData } from '../../../components/panel/panel-data';
import { panelView } from '../../../components/panel/panel-view';
import type { Analysis } from '../../../lib/engine/types';

/** The panel as the lens draws it: its view worked out from the analysis and the data, as the background does. */
export function PanelOf({
  data,
  ...props
}: Omit<PanelProps, 'view' | 'analysis' | 'options'> & {
  analysis: Analysis;
  data: PanelData;
  options: PanelOptions;
}) {
  return <Panel {...props} view={panelView(props.words, props.analysis, data, props.options)} />;
}
