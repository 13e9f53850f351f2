import { z } from './zod';
import { dateWindow, isoDate, planText, roleId, slug, numberedPart } from './common';

/** What one party does in a phase, and by when. `quote` is a verbatim part of the phase's text. */
export const phaseTaskSchema = z
  .object({
    id: slug,
    who: roleId,
    /** Our short wording, shown as a summary. */
    what: planText,
    from: isoDate.nullable().default(null),
    due: isoDate.nullable().default(null),
    quote: planText,
  })
  .strict();

/** One of the four 阶段 of 三、组织方式. */
export const phaseSchema = z
  .object({
    ...numberedPart,
    window: dateWindow,
    /** Paragraphs as printed; the first one follows the printed "（一）自查自改阶段。". */
    paragraphs: z.array(z.object({ id: slug, text: planText }).strict()).min(1),
    tasks: z.array(phaseTaskSchema).default([]),
  })
  .strict();
export type Phase = z.infer<typeof phaseSchema>;
