import { z } from './zod';
import { planText, roleId, slug } from './common';

/** What an annex is and who fills it (the form layouts themselves live in content/annexes/). */
export const annexSchema = z
  .strictObject({
    id: slug,
    number: z.number().int().positive(),
    /** Title as listed under 附件：, verbatim. */
    title: planText,
    /** Our plain description (a summary). */
    summary: planText,
    filledBy: z.array(roleId).min(1),
    /** The plan's words naming who reports this annex; null when the plan does not say. */
    filledByText: planText.nullable(),
    /** When filledByText is null: the site's reading (shown as 本站理解). */
    filledByReading: z.string().min(1).nullable().default(null),
    /** Reporting obligations that send this annex. */
    reporting: z.array(slug).default([]),
  })
  .refine((a) => a.filledByText !== null || a.filledByReading !== null, {
    message: '方案未写明由谁填写（filledByText: null）时，必须给出 filledByReading（本站理解）',
    path: ['filledByText'],
  });
export type Annex = z.infer<typeof annexSchema>;
