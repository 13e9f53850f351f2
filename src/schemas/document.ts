import { z } from './zod';
import { isoDate, planText, slug, numberedPart } from './common';

const paragraph = z.strictObject({ id: slug, text: planText });
const section = z.strictObject({
  id: slug,
  number: z.string(),
  title: planText,
  paragraphs: z.array(paragraph).default([]),
});

/** 工作要求 item, e.g. （四）强化信息报送. */
export const workRequirementSchema = z.strictObject({
  ...numberedPart,
  paragraphs: z.array(paragraph).min(1),
});
export type WorkRequirement = z.infer<typeof workRequirementSchema>;

/** The notice, the plan's metadata and the parts of the text that are not campaigns, phases or 工作要求. */
export const documentSchema = z.strictObject({
  id: z.literal('plan'),
  header: planText,
  issuer: planText,
  docNumber: planText,
  noticeTitle: planText,
  addressees: planText,
  noticeBody: planText,
  signature: planText,
  issuedDate: isoDate,
  issuedDateText: planText,
  publication: planText,
  planTitle: planText,
  preamble: paragraph,
  general: section,
  scope: section,
  organisation: section,
  work: section,
  contacts: z.strictObject({
    people: z.array(z.strictObject({ name: planText, area: planText })).min(1),
    phone: planText,
    email: planText,
  }),
  printedBy: planText,
  printedDateText: planText,
  copiedTo: z.array(planText).min(1),
  /** Where the published text came from. */
  source: z.strictObject({ title: planText, note: planText }),
});
export type PlanDocument = z.infer<typeof documentSchema>;
