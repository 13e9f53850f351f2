import { z } from './zod';
import { planText, slug, listed } from './common';
import { referenceQuoteSchema } from './reference';

/** 有限空间风险等级 as the plan's 附件3 writes them. */
import { grades } from './grades';

export { grades };
export const grade = z.enum(grades, { error: '风险等级只能是 高、中、低 之一' });
export type Grade = z.infer<typeof grade>;

/** 作业形式 (附件3). */
export const workModes = ['own', 'outsourced'] as const;
export const workMode = z.enum(workModes, { error: '作业形式只能是 own（自主）或 outsourced（外包）' });
export type WorkMode = z.infer<typeof workMode>;
export const workModeNames: Record<WorkMode, string> = { own: '自主', outsourced: '外包' };

/** A kind of confined space a user picks (污水井 … 其他). */
export const spaceTypeSchema = z
  .strictObject({
    ...listed,
    label: planText,
    /** plan: one of the seven the plan names; common: a usual 冶金/机械 space (our list). */
    group: z.enum(['plan', 'common'], { error: 'group 只能是 plan（方案点名）或 common（常见）' }),
    /** Hazards offered as ticked when this type is picked; the user can change them. */
    suggestedHazards: z.array(slug).default([]),
    /** Why those are suggested (verbatim quotes); required when suggestedHazards is not empty. */
    basis: z.array(referenceQuoteSchema).default([]),
  })
  .refine((t) => t.suggestedHazards.length === 0 || t.basis.length > 0, {
    message: '建议的危险有害因素必须引用出处（basis）',
    path: ['basis'],
  });
export type SpaceType = z.infer<typeof spaceTypeSchema>;

/** A hazard that may be present (硫化氢 … 其他). */
export const hazardSchema = z.strictObject({
  ...listed,
  label: planText,
});
export type Hazard = z.infer<typeof hazardSchema>;

/**
 * One grading rule: when the space matches (any listed type, any listed hazard, any listed 作业形式; every
 * condition given must hold), it is at least `grade`. `judgement` says, next to the rule, where the grade
 * is the site's reading rather than a published table (null only for a rule a standard states itself).
 */
export const gradingRuleSchema = z.strictObject({
  id: slug,
  grade,
  when: z
    .strictObject({
      types: z.array(slug).optional(),
      hazards: z.array(slug).optional(),
      workModes: z.array(workMode).optional(),
    })
    .refine((w) => (w.types?.length ?? 0) + (w.hazards?.length ?? 0) + (w.workModes?.length ?? 0) > 0, {
      message: '至少要有一个条件（types、hazards 或 workModes）',
    }),
  /** The reason shown with the grade (our words). */
  reason: planText,
  basis: z.array(referenceQuoteSchema).min(1, '每条规则至少引用一处出处'),
  judgement: planText.nullable(),
});
export type GradingRule = z.infer<typeof gradingRuleSchema>;

/** A whole rule set: replace this file to grade by a bureau's own published standard. */
export const gradingRuleSetSchema = z.strictObject({
  id: slug,
  title: planText,
  /** Who set it up; the default says 本站. */
  issuer: planText,
  /** Shown with every result, e.g. 参考分级……以行业主管部门的标准为准. */
  notice: planText,
  /** What each grade stands for, in the rule set's words (the default: 本站理解); shown with the result. */
  tiers: z.array(z.strictObject({ grade, meaning: planText })).default([]),
  rules: z.array(gradingRuleSchema).min(1),
  /** Used when no rule matches (e.g. no hazard ticked). */
  fallback: z.strictObject({
    grade,
    reason: planText,
    basis: z.array(referenceQuoteSchema).min(1, '至少引用一处出处'),
    judgement: planText.nullable(),
  }),
});
export type GradingRuleSet = z.infer<typeof gradingRuleSetSchema>;

/** What a user describes about one confined space (附件3's columns that grading needs). */
export const spaceDescriptionSchema = z.strictObject({
  name: z.string({ error: '请填写有限空间名称' }).trim().min(1, '请填写有限空间名称'),
  location: z.string().trim().default(''),
  count: z
    .number({ error: '数量应为不小于 1 的整数' })
    .int('数量应为不小于 1 的整数')
    .min(1, '数量应为不小于 1 的整数'),
  type: slug,
  /** What "其他" means here, in the user's words. */
  typeOther: z.string().trim().default(''),
  hazards: z.array(slug).default([]),
  /** Other hazards in the user's words. */
  hazardsOther: z.string().trim().default(''),
  workMode,
});
export type SpaceDescription = z.input<typeof spaceDescriptionSchema>;
export type ValidSpaceDescription = z.output<typeof spaceDescriptionSchema>;

/** A grade set by the user instead of the computed one, with the reason written down. */
export const gradeOverrideSchema = z.strictObject({
  grade,
  reason: z.string({ error: '改变风险等级必须写明理由' }).trim().min(1, '改变风险等级必须写明理由'),
});
export type GradeOverride = z.infer<typeof gradeOverrideSchema>;
