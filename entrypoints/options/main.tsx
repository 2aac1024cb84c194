import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { loadBundledData } from '../../data';

const root = document.getElementById('app');
if (root) render(<OptionsPage data={loadBundledData()} />, root);
