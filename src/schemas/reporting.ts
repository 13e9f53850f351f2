import { z } from './zod';
import { isoDate, isoMonth, planText, roleId, slug, listed } from './common';

/** When something is due, as a rule the calendar can expand. */
export const deadlineSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('once'), date: isoDate, text: planText }),
    z
      .strictObject({
        kind: z.literal('monthly'),
        /** Due on or before this day of each month. */
        day: z.number().int().min(1).max(28),
        /** First and last month with a due date, bounded by the campaign window. */
        firstMonth: isoMonth,
        lastMonth: isoMonth,
        text: planText,
        /** 本站理解: why these first and last months (the plan only says 每月X日前). */
        reading: z.string().min(1).optional(),
      })
      .refine((d) => d.lastMonth >= d.firstMonth, { message: '最后月份早于起始月份', path: ['lastMonth'] }),
    z
      .strictObject({
        kind: z.literal('yearly'),
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
        firstYear: z.number().int(),
        lastYear: z.number().int(),
        text: planText,
        /** 本站理解: why these first and last years. */
        reading: z.string().min(1).optional(),
      })
      .refine((d) => d.lastYear >= d.firstYear, { message: '最后年份早于起始年份', path: ['lastYear'] }),
  ],
  { error: '截止规则 kind 只能是 once、monthly 或 yearly' },
);
export type Deadline = z.infer<typeof deadlineSchema>;

/** One reporting obligation (报送要求). `quote` is verbatim from the paragraph named by `source`. */
export const reportingSchema = z
  .strictObject({
    ...listed,
    /** The action it belongs to, as the plan names it. */
    action: planText,
    who: z.array(roleId).min(1),
    /** The plan's words naming who reports, e.g. 各县（市、区）应急局; null when the duty's sentence names no one. */
    whoText: planText.nullable(),
    /** When whoText is null: the plan's sentence that leads the paragraph, quoted verbatim. */
    whoContext: z.string().min(1).nullable().default(null),
    /** When whoText is null: the site's reading of who (shown as 本站理解). */
    whoReading: z.string().min(1).nullable().default(null),
    what: planText,
    /** The plan's annex number when the report is an annex table. */
    annex: z.number().int().positive().nullable().default(null),
    /** To whom, in the plan's words; null when the plan does not say. */
    to: z.string().nullable(),
    deadline: deadlineSchema,
    /** Paragraph id the quote comes from (full-text anchor). */
    source: slug,
    quote: planText,
    /** Campaign or phase ids whose window bounds it. */
    campaign: slug.nullable().default(null),
  })
  .refine((r) => r.whoText !== null || (r.whoContext !== null && r.whoReading !== null), {
    message: '方案未写明由谁报送（whoText: null）时，必须给出 whoContext（原文）和 whoReading（本站理解）',
    path: ['whoText'],
  });
export type Reporting = z.infer<typeof reportingSchema>;
