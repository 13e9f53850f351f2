import { z } from './zod';
import { dateWindow, planText, slug } from './common';
import { sectorId } from './sector';

/**
 * One requirement item (要求条目): the plan's exact words, what it cites, whom it binds.
 * On the full-text page an item is its own paragraph unless `inline` joins it to the previous one.
 */
export const requirementSchema = z
  .object({
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
    sectors: z.array(sectorId).min(1, '至少要有一个适用的行业类型'),
    /** The plan's own words that narrow who must do it, e.g. 采用湿式除尘系统的金属粉尘企业. */
    condition: z.string().optional(),
  })
  .strict();
export type Requirement = z.infer<typeof requirementSchema>;

/** A numbered part of a campaign (e.g. 1.煤气（天然气）作业方面). */
export const campaignSectionSchema = z
  .object({
    id: slug,
    /** The printed heading, e.g. "1.煤气（天然气）作业方面。"; null when the items carry the numbers. */
    heading: z.string().nullable(),
    /** true: the heading starts the first item's paragraph; false: it is a paragraph of its own. */
    headingInline: z.boolean().default(false),
    items: z.array(requirementSchema).min(1, '至少要有一个要求条目'),
  })
  .strict();

/** One of the four 整治行动 of 二、整治范围及重点. */
export const campaignSchema = z
  .object({
    id: slug,
    order: z.number().int(),
    number: z.string(),
    title: planText,
    /** The window exactly as printed, e.g. 从即日起至12月31日; null when the plan gives none. */
    windowText: z.string().nullable(),
    window: dateWindow,
    /** 整治范围, verbatim. */
    scope: planText,
    sectors: z.array(sectorId).min(1),
    sections: z.array(campaignSectionSchema).min(1),
  })
  .strict();
export type Campaign = z.infer<typeof campaignSchema>;
