// zod/mini (checked in the browser when the 检测记录 draft is restored); JIT off for the site's CSP.
import * as z from 'zod/mini';

z.config({ jitless: true });

/** One toxic gas as typed on the 作业前检测 page (texts kept as typed). */
export const toxicEntrySchema = z.strictObject({
  gas: z.string(),
  value: z.string(),
  limit: z.string(),
  unit: z.string(),
  limitKind: z.string(),
  standard: z.string(),
  /** The user confirms the standard gives this gas no MAC and no PC-STEL (5.9.1 c): then PC-TWA is used). */
  noMacOrStel: z.optional(z.boolean()),
});

/** 5.8.6's directions: 竖直 (≥3 points, 2 when under 2 m), 水平 (≥2), or both. */
export const pointDirections = ['vertical', 'vertical-short', 'horizontal', 'both', 'both-short'] as const;
export type PointDirection = (typeof pointDirections)[number];

/** The 作业前检测 page as a draft: what was measured, where, when and by whom. */
export const gasRecordSchema = z.strictObject({
  time: z.string(),
  place: z.string(),
  space: z.string(),
  oxygen: z.string(),
  flammable: z.string(),
  toxic: z.array(toxicEntrySchema),
  tester: z.string(),
  guardian: z.string(),
  /** How the points were laid (5.8.6); absent in records saved before it was asked. */
  direction: z.optional(z.enum(pointDirections)),
  /** 检测位置 of each point, as typed. */
  points: z.optional(z.array(z.string())),
});
export type GasRecord = z.infer<typeof gasRecordSchema>;
