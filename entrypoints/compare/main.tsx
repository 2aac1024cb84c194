import { render } from 'preact';
import { ComparePage } from '../../components/compare/ComparePage';
import '../../components/settings/settings.css';
import '../../components/compare/compare.css';
import { loadCoreData } from '../../data/core';
import { loadDetailData } from '../../data/details';

const root = document.getElementById('app');
const core = loadCoreData();
const data = { roles: core.roles, skills: loadDetailData().skills, chart: core };
if (root) render(<ComparePage data={data} now={Date.now} />, root);
