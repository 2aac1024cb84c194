// The small enums that messages, settings and the classifier check at run time, as plain values: importing them
// pulls no schema library into the content script. Their zod schemas are in data/vocabulary-schemas.ts.

export const ROLE_IDS = [
  'caio',
  'cto',
  'cdo',
  'vp_ai',
  'head_ai',
  'director_ai',
  'ai_manager',
  'ai_product_lead',
  'ai_research_lead',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const LEVELS = ['c-suite', 'vp', 'head', 'director', 'manager', 'lead'] as const;
export type Level = (typeof LEVELS)[number];

/** H = official or primary; M = reputable secondary report of a survey; L = secondhand, small n or undated. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const PAY_BASIS_KINDS = ['base', 'base+bonus', 'total'] as const;
export type PayBasis = (typeof PAY_BASIS_KINDS)[number];
