// Messages between contexts; every one is parsed on arrival.
import * as z from 'zod/mini';
import { Level } from '../data/schema';

export const ContentMessage = z.object({
  type: z.literal('posting-status'),
  aiLeadership: z.boolean(),
  level: z.nullable(Level),
});
export type ContentMessage = z.infer<typeof ContentMessage>;
