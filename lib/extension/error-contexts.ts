// Where in the lens an error was caught: the popup's read-out words the last one in the user's language.
export const ERROR_CONTEXTS = [
  'start',
  'warm-up',
  'settings-change',
  'navigation',
  'page-read',
  'page-watch',
  'posting-read',
  'posting-analysis',
  'panel-words',
  'panel-toggle',
  'panel-move',
  'panel-place',
  'compared-role',
  'popup-answer',
  'saved-postings',
  'list-cards',
  'chip-placement',
] as const;
export type ErrorContext = (typeof ERROR_CONTEXTS)[number];
