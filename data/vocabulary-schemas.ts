// The zod schemas of data/vocabulary.ts's enums, for the contexts that parse (never the lens).
import * as z from 'zod/mini';
import { CONFIDENCES, LEVELS, PAY_BASIS_KINDS, ROLE_IDS } from './vocabulary';

export const RoleId = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof RoleId>;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;
export const PayBasis = z.enum(PAY_BASIS_KINDS);
export type PayBasis = z.infer<typeof PayBasis>;
