import { z } from './zod';
import { isoDate, planText, slug, numberedPart } from './common';

const paragraph = z.object({ id: slug, text: planText }).strict();
const section = z
  .object({
    id: slug,
    number: z.string(),
    title: planText,
    paragraphs: z.array(paragraph).default([]),
  })
  .strict();

/** 工作要求 item, e.g. （四）强化信息报送. */
export const workRequirementSchema = z
  .object({
    ...numberedPart,
    paragraphs: z.array(paragraph).min(1),
  })
  .strict();
export type WorkRequirement = z.infer<typeof workRequirementSchema>;

/** The notice, the plan's metadata and the parts of the text that are not campaigns, phases or 工作要求. */
export const documentSchema = z
  .object({
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
    contacts: z
      .object({
        people: z.array(z.object({ name: planText, area: planText }).strict()).min(1),
        phone: planText,
        email: planText,
      })
      .strict(),
    printedBy: planText,
    printedDateText: planText,
    copiedTo: z.array(planText).min(1),
    /** Where the published text came from. */
    source: z.object({ title: planText, note: planText }).strict(),
  })
  .strict();
export type PlanDocument = z.infer<typeof documentSchema>;
