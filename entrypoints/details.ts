import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDetailData } from '../data/details';
import { completeAnalysis } from '../lib/analyze';
import { publishDetails } from './content/details-slot';

// Injected by the background (scripting.executeScript) into the content script's isolated world when it
// first meets an AI-leadership posting: the skill checklist and the recruiter checks, their code and
// their data, kept out of the script that runs on every job-site page.
export default defineUnlistedScript(() => {
  publishDetails({ data: loadDetailData(), complete: completeAnalysis });
});
