// One of each way the engine says a posting field was read (lib/engine/report.ts FieldSource), with the
// variants each wording branches on: every code must be listed, so a new one cannot go unworded.
import type { FieldSource } from '../../lib/engine/report';

type Code = Exclude<FieldSource['code'], 'other'>;

const CASES: { [C in Code]: Extract<FieldSource, { code: C }>[] } = {
  schema: [
    {
      code: 'schema',
      format: 'json-ld',
      properties: ['jobLocation.address', 'applicantLocationRequirements'],
    },
    { code: 'schema', format: 'microdata', properties: ['hiringOrganization'] },
  ],
  selector: [
    { code: 'selector', selector: '.top-card-layout__title', attribute: null, label: null, seen: '2026-06' },
    {
      code: 'selector',
      selector: '.ashby-job-posting-left-pane > div',
      attribute: null,
      label: '/^Compensation$/i',
      seen: '2026-07',
    },
    {
      code: 'selector',
      selector: '.main-header-logo img[alt]',
      attribute: 'alt',
      label: null,
      seen: '2026-07',
    },
  ],
  'main-heading': [{ code: 'main-heading' }],
  'page-label': [{ code: 'page-label', label: 'Standort' }],
  'page-mark': [{ code: 'page-mark', mark: 'salary' }],
  'about-heading': [{ code: 'about-heading', heading: 'About the job' }],
  'location-text': [{ code: 'location-text', location: 'Chicago, IL (Hybrid)' }],
  'pay-sentence': [{ code: 'pay-sentence' }],
  'not-found': [
    { code: 'not-found', jobPosting: false, selectors: 3 },
    { code: 'not-found', jobPosting: true, selectors: 1 },
    { code: 'not-found', jobPosting: false, selectors: 0 },
    { code: 'not-found', jobPosting: false, selectors: null },
  ],
  'read-failed': [{ code: 'read-failed', error: "Cannot read properties of null (reading 'textContent')" }],
};

export const EVERY_FIELD_SOURCE: FieldSource[] = Object.values(CASES).flat();
