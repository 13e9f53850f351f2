import { z } from './zod';
import { planText, slug } from './common';

/** A standard or document the plan cites. Only what the plan itself says is recorded. */
export const citationSchema = z.strictObject({
  id: slug,
  kind: z.enum(['standard', 'document', 'technical-condition'], {
    error: 'kind 只能是 standard（标准）、document（文件）或 technical-condition（技术条件）',
  }),
  /** e.g. GB 9448; null when the plan names no code. */
  code: z.string().nullable(),
  title: planText,
  /** Exactly how the plan writes it, e.g. 《焊接与切割安全》（GB9448）. */
  asCited: planText,
});
export type Citation = z.infer<typeof citationSchema>;
