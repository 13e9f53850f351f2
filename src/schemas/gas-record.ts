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
});

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
});
export type GasRecord = z.infer<typeof gasRecordSchema>;
