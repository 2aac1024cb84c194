import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/settings/settings.css';
import { loadBundledData } from '../../data';

const root = document.getElementById('app');
if (root) render(<OptionsPage data={loadBundledData()} />, root);
