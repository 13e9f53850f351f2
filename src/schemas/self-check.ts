import { z } from './zod';
import { planText, slug, listed } from './common';
import { sectorId } from './sector';

/**
 * What decides which lists a 自查 covers: the kinds of enterprise (sectors.yaml) and a few questions
 * that decide whether an article of a criteria standard applies (液氨制冷? 有色? 地下/露天/尾矿库?).
 */

/** A question asked when one of `askedFor` is in the (expanded) selection and none of `unlessSectors` is. */
export const selfCheckQuestionSchema = z.strictObject({
  ...listed,
  /** The question as shown (our words). */
  text: planText,
  /** A hint under the question (our words). */
  help: z.string().optional(),
  /** true: tick any number of options; false: pick one. */
  multiple: z.boolean(),
  askedFor: z.array(sectorId).min(1, '至少要有一个行业类型'),
  /** Not asked when one of these kinds is chosen (a kind already decides it). */
  unlessSectors: z.array(sectorId).default([]),
  options: z.array(z.strictObject({ id: slug, label: planText })).min(2, '至少要有两个选项'),
});
export type SelfCheckQuestion = z.infer<typeof selfCheckQuestionSchema>;

/**
 * A rule: when its conditions hold, the criteria it names are on the list. `sectors` holds when one of
 * them is in the selection (expanded: every 冶金工贸 kind brings in `all`); each entry of `answers`
 * holds when the question is asked and one of the listed options is chosen. All conditions must hold.
 */
export const scopeRuleSchema = z.strictObject({
  id: slug,
  when: z
    .strictObject({
      sectors: z.array(sectorId).optional(),
      answers: z.record(slug, z.array(slug).min(1)).optional(),
    })
    .refine((w) => (w.sectors?.length ?? 0) > 0 || Object.keys(w.answers ?? {}).length > 0, {
      message: '至少要有一个条件（sectors 或 answers）',
    }),
  /** Criteria ids: an article (mem10-4), a 矿山 part (mine-underground) or one item (mem10-3-3). */
  include: z.array(slug).min(1, '至少要列出一项判定标准'),
  /** Why (our words, shown as 本站理解). */
  because: planText,
});
export type ScopeRule = z.infer<typeof scopeRuleSchema>;

/** A plan requirement item and criteria items about the same thing: failing one shows the others. */
export const planCriteriaLinkSchema = z.strictObject({
  id: slug,
  planItem: slug,
  criteria: z.array(slug).min(1, '至少要链接一项判定标准'),
  /** What they share (our words, shown as 本站理解). */
  because: planText,
});
export type PlanCriteriaLink = z.infer<typeof planCriteriaLinkSchema>;
