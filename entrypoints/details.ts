import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDetailData } from '../data/details';
import { completeAnalysis } from '../lib/engine/analyze';
import { checkSkills } from '../lib/engine/skills';
import { publishDetails } from './lens.content/details-slot';

// Injected by the background (scripting.executeScript) into the content script's isolated world when it
// first meets an AI-leadership posting: the skill checklist and the recruiter checks, their code and
// their data, kept out of the script that runs on every job-site page.
export default defineUnlistedScript(() => {
  const data = loadDetailData();
  // The skill phrases are compiled here, in the injection's own task, not in the one that completes the panel.
  checkSkills('Warm-up: MLOps, model evaluation and the EU AI Act.', null, data.skills);
  publishDetails({ data, complete: completeAnalysis });
});
