import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/settings/settings.css';
import { loadBundledData, loadCoverage, loadSourceNotes } from '../../data';

const root = document.getElementById('app');
if (root)
  render(
    <OptionsPage data={loadBundledData()} sourceNotes={loadSourceNotes()} coverage={loadCoverage()} />,
    root,
  );
