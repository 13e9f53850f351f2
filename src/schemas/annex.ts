import { z } from 'zod';
import { planText, roleId, slug } from './common';

/** What an annex is and who fills it (the form layouts themselves live in content/annexes/). */
export const annexSchema = z
  .object({
    id: slug,
    number: z.number().int().positive(),
    /** Title as listed under 附件：, verbatim. */
    title: planText,
    /** Our plain description (a summary). */
    summary: planText,
    filledBy: z.array(roleId).min(1),
    /** Reporting obligations that send this annex. */
    reporting: z.array(slug).default([]),
  })
  .strict();
export type Annex = z.infer<typeof annexSchema>;
