// Every host the content script runs on, as manifest match patterns. One list, read by the manifest
// and by the content script, so the two cannot drift apart.
export const JOB_SITE_MATCHES = [
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.myworkdayjobs.com/*',
  '*://wellfound.com/*',
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.ca/*',
  '*://*.glassdoor.co.in/*',
  '*://*.glassdoor.com.au/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.fr/*',
] as const;
