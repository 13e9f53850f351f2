import { z } from './zod';
import { dateWindow, planText, slug, numberedPart } from './common';
import { sectorId } from './sector';

/**
 * By default an item applies to every kind of enterprise its campaign's 整治范围 names (`scopeNames`).
 * `onlyFor` narrows that, and must say why: by the plan's own words (`condition`) or by the site's
 * reading (`onlyForReading`, shown as 本站理解).
 */
const narrowing = {
  onlyFor: z.array(sectorId).min(1).optional(),
  onlyForReading: z.string().min(1).optional(),
};
const narrowingExplained = (v: { onlyFor?: unknown; onlyForReading?: string; condition?: string }) =>
  v.onlyFor === undefined || v.onlyForReading !== undefined || v.condition !== undefined;
const narrowingMessage = {
  message: 'onlyFor 必须说明依据：condition（方案原文）或 onlyForReading（本站理解）',
  path: ['onlyFor'],
};

/**
 * One requirement item (要求条目): the plan's exact words, what it cites, whom it binds.
 * On the full-text page an item is its own paragraph unless `inline` joins it to the previous one.
 */
export const requirementSchema = z
  .strictObject({
    id: slug,
    /** Numbering as printed, e.g. "1." or "（1）". */
    number: z.string().optional(),
    /** The printed lead-in, e.g. "严格落实动火作业安全主体责任。" */
    title: z.string().optional(),
    /** Our short label for lists (marked as a summary on pages). */
    label: planText,
    text: planText,
    inline: z.boolean().default(false),
    standards: z.array(slug).default([]),
    /** The plan's own words that narrow who must do it, e.g. 采用湿式除尘系统的金属粉尘企业. */
    condition: z.string().optional(),
    ...narrowing,
  })
  .refine(narrowingExplained, narrowingMessage);
export type Requirement = z.infer<typeof requirementSchema>;

/** A numbered part of a campaign (e.g. 1.煤气（天然气）作业方面). */
export const campaignSectionSchema = z
  .strictObject({
    id: slug,
    /** The printed heading, e.g. "1.煤气（天然气）作业方面。"; null when the items carry the numbers. */
    heading: z.string().nullable(),
    /** true: the heading starts the first item's paragraph; false: it is a paragraph of its own. */
    headingInline: z.boolean().default(false),
    items: z.array(requirementSchema).min(1, '至少要有一个要求条目'),
    ...narrowing,
  })
  .refine(narrowingExplained, narrowingMessage);

export type CampaignSection = z.infer<typeof campaignSectionSchema>;

/** One of the four 整治行动 of 二、整治范围及重点. */
export const campaignSchema = z.strictObject({
  ...numberedPart,
  /** The window exactly as printed, e.g. 从即日起至12月31日; null when the plan gives none. */
  windowText: z.string().nullable(),
  window: dateWindow,
  /** 整治范围, verbatim. */
  scope: planText,
  /** The kinds of enterprise the 整治范围 names: `words` is a verbatim part of `scope`. */
  scopeNames: z.array(z.strictObject({ words: planText, sector: sectorId })).min(1),
  sections: z.array(campaignSectionSchema).min(1),
});
export type Campaign = z.infer<typeof campaignSchema>;
