// zod/mini: the same schemas, tree-shakable — this one is checked in the browser when a draft is
// restored, so the form page does not carry the whole of zod.
import * as z from 'zod/mini';

// JIT off, as in ./zod.ts: the site's Content-Security-Policy forbids zod's new Function probe.
z.config({ jitless: true });

/**
 * The schemas, built on first use rather than when the module loads: they are needed only when a
 * stored draft is read, and building zod schemas is work a phone would otherwise do while the form
 * hydrates, for every visitor, draft or not.
 */
function buildSchemas() {
  /** A form id (a layout's file name): lower-case latin, digits and hyphens, like `slug`. */
  const formId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

  /** One row as the user filled it; cells keep the typed text (nothing typed is ever thrown away). */
  const annexRowSchema = z.strictObject({
    id: z.string().check(z.minLength(1)),
    /** months rows (附件1/5): YYYY-MM */
    month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
    /** fixed rows (附件4): the printed 行业领域 */
    label: z.optional(z.string()),
    cells: z.record(z.string(), z.string()),
  });

  /** A filled form as a draft stores it. */
  const annexDataSchema = z.strictObject({
    /** The form's id (its layout's file name). */
    annex: formId,
    fields: z.record(z.string(), z.string()),
    rows: z.array(annexRowSchema),
  });
  return { annexRowSchema, annexDataSchema };
}

type AnnexSchemas = ReturnType<typeof buildSchemas>;
let built: AnnexSchemas | undefined;

/** The annex data schemas (built once, on the first call). */
export const annexSchemas = (): AnnexSchemas => (built ??= buildSchemas());

export type AnnexRow = z.infer<AnnexSchemas['annexRowSchema']>;
export type AnnexData = z.infer<AnnexSchemas['annexDataSchema']>;
