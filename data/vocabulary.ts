// The small enums that messages and the classifier check at run time, apart from the file schemas so that
// importing them does not pull every schema into the content script.
import * as z from 'zod/mini';

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
export const RoleId = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof RoleId>;

export const LEVELS = ['c-suite', 'vp', 'head', 'director', 'manager', 'lead'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** H = official or primary; M = reputable secondary report of a survey; L = secondhand, small n or undated. */
export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

export const PayBasis = z.enum(['base', 'base+bonus', 'total']);
export type PayBasis = z.infer<typeof PayBasis>;
