// zod/mini: the same schemas, tree-shakable. The form pages import this module only when a stored draft
// must be read (src/lib/table/annex-draft.ts, dynamic import): a visitor without a draft downloads no zod.
import * as z from 'zod/mini';

// JIT off, as in ./zod.ts: the site's Content-Security-Policy forbids zod's new Function probe.
z.config({ jitless: true });

/** A form id (a layout's file name): lower-case latin, digits and hyphens, like `slug`. */
const formId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** One row as the user filled it; cells keep the typed text (nothing typed is ever thrown away). */
export const annexRowSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** months rows (附件1/5): YYYY-MM */
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
  /** fixed rows (附件4): the printed 行业领域 */
  label: z.optional(z.string()),
  cells: z.record(z.string(), z.string()),
});
export type AnnexRow = z.infer<typeof annexRowSchema>;

/** A filled form as a draft stores it. */
export const annexDataSchema = z.strictObject({
  /** The form's id (its layout's file name). */
  annex: formId,
  fields: z.record(z.string(), z.string()),
  rows: z.array(annexRowSchema),
});
export type AnnexData = z.infer<typeof annexDataSchema>;
