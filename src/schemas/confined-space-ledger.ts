// zod/mini: checked in the browser when the 分级依据 draft is restored, so pages that read it do not
// carry the whole of zod. JIT off for the site's CSP, as in ./zod.ts.
import * as z from 'zod/mini';

z.config({ jitless: true });

const gradeEnum = z.enum(['高', '中', '低']);

/** One fired rule as kept with a ledger row: the words shown, so the export needs no rule file. */
export const keptReasonSchema = z.strictObject({
  rule: z.string(),
  grade: gradeEnum,
  reason: z.string(),
  /** Each quote as “简称 条款：“原文”” */
  basis: z.array(z.string()),
  /** The site's judgement (本站理解), or null. */
  judgement: z.nullable(z.string()),
});
export type KeptReason = z.infer<typeof keptReasonSchema>;

/** How one 台账 row was graded: the description, the computed grade, the user's override and why. */
export const gradingRecordSchema = z.strictObject({
  rowId: z.string().check(z.minLength(1)),
  space: z.strictObject({
    name: z.string(),
    location: z.string(),
    count: z.number(),
    type: z.string(),
    typeLabel: z.string(),
    hazards: z.array(z.string()),
    hazardLabels: z.array(z.string()),
    workMode: z.enum(['own', 'outsourced']),
  }),
  computed: gradeEnum,
  grade: gradeEnum,
  override: z.nullable(z.strictObject({ grade: gradeEnum, reason: z.string() })),
  reasons: z.array(keptReasonSchema),
  ruleSet: z.string(),
  notice: z.string(),
  gradedAt: z.string(),
});
export type GradingRecord = z.infer<typeof gradingRecordSchema>;

/** The 分级依据 draft: one record per 台账 row id (the 台账 itself is the annex3 draft). */
export const ledgerReasonsSchema = z.strictObject({
  records: z.record(z.string(), gradingRecordSchema),
});
export type LedgerReasons = z.infer<typeof ledgerReasonsSchema>;

/**
 * The grading page's form as typed, kept across a reload (WeChat reloads a page when the user switches apps):
 * the description (数量 as typed), a grade change with its reason, and which 台账 row is being edited, if any,
 * with the name and type it had when editing began (so a changed name or type is noticed before saving).
 */
export const gradingFormDraftSchema = z.strictObject({
  space: z.strictObject({
    name: z.string(),
    location: z.string(),
    countText: z.string(),
    type: z.string(),
    typeOther: z.string(),
    hazards: z.array(z.string()),
    hazardsOther: z.string(),
    workMode: z.enum(['own', 'outsourced']),
  }),
  override: z.nullable(z.strictObject({ grade: z.string(), reason: z.string() })),
  editing: z.nullable(z.strictObject({ rowId: z.string(), name: z.string(), type: z.string() })),
});
export type GradingFormDraft = z.infer<typeof gradingFormDraftSchema>;

/**
 * What /confined-space/ledgers/ keeps across a reload: each 台账 file's read result (counts, never the file)
 * and the user's choices (行业领域, 仍计入), and the next file id.
 */
export const ledgerStatsDraftSchema = z.strictObject({
  files: z.array(
    z.strictObject({
      id: z.string(),
      fileName: z.string(),
      enterprise: z.string(),
      enterpriseFromFileName: z.boolean(),
      rows: z.number(),
      spaces: z.number(),
      grades: z.strictObject({ high: z.number(), medium: z.number(), low: z.number() }),
      problems: z.array(z.string()),
    }),
  ),
  choices: z.record(
    z.string(),
    z.strictObject({ industry: z.optional(z.string()), include: z.optional(z.boolean()) }),
  ),
  next: z.number(),
});
export type LedgerStatsDraft = z.infer<typeof ledgerStatsDraftSchema>;
