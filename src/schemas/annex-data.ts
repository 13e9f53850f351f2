import { z } from 'zod';
import { slug } from './common';

/** One row as the user filled it; cells keep the typed text (nothing typed is ever thrown away). */
export const annexRowSchema = z
  .object({
    id: z.string().min(1),
    /** months rows (附件1/5): YYYY-MM */
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
    /** fixed rows (附件4): the printed 行业领域 */
    label: z.string().optional(),
    cells: z.record(z.string(), z.string()),
  })
  .strict();
export type AnnexRow = z.infer<typeof annexRowSchema>;

/** A filled annex as a draft stores it. */
export const annexDataSchema = z
  .object({
    /** The form's id (its layout's file name). */
    annex: slug,
    fields: z.record(z.string(), z.string()),
    rows: z.array(annexRowSchema),
  })
  .strict();
export type AnnexData = z.infer<typeof annexDataSchema>;
