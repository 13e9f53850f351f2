import { z } from './zod';
import { planText } from './common';

/**
 * A kind of enterprise a reader identifies with (分行业指引).
 * `all` is 所有冶金工贸企业: every kind marked `metallurgyTrade` is also one.
 */
export const sectorIds = [
  'metal-smelting',
  'natural-gas',
  'dust-explosion',
  'confined-space',
  'cold-storage',
  'non-coal-mine',
  'all',
] as const;
export const sectorId = z.enum(sectorIds, { error: `行业类型只能是 ${sectorIds.join('、')} 之一` });
export type SectorId = z.infer<typeof sectorId>;

export const sectorSchema = z.strictObject({
  id: sectorId,
  order: z.number().int(),
  /** The name a reader looks for, e.g. 金属冶炼企业. */
  name: planText,
  /** Our own one-line explanation; pages mark it as a summary (摘要), not the plan's words. */
  summary: planText,
  /** The plan's words that name this kind, quoted verbatim. */
  planWords: planText,
  /** Sub-industries the plan lists for this kind, verbatim. */
  subIndustries: z.array(planText).default([]),
  /** 冶金工贸企业: then everything required of `all` applies too. */
  metallurgyTrade: z.boolean(),
  /** Words people search with that the plan text may not contain (搜索同义词). */
  keywords: z.array(z.string()).default([]),
});
export type Sector = z.infer<typeof sectorSchema>;
