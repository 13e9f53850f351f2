import { z } from './zod';
import { dateWindow, isoDate, planText, roleId, slug, numberedPart } from './common';

/** What one party does in a phase, and by when. `quote` is a verbatim part of the phase's text. */
export const phaseTaskSchema = z.strictObject({
  id: slug,
  who: roleId,
  /** Our short wording, shown as a summary. */
  what: planText,
  from: isoDate.nullable().default(null),
  due: isoDate.nullable().default(null),
  quote: planText,
});

/** One of the four 阶段 of 三、组织方式. */
export const phaseSchema = z.strictObject({
  ...numberedPart,
  window: dateWindow,
  /** Paragraphs as printed; the first one follows the printed "（一）自查自改阶段。". */
  paragraphs: z.array(z.strictObject({ id: slug, text: planText })).min(1),
  tasks: z.array(phaseTaskSchema).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;
