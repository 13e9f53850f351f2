import {
  gradeOverrideSchema,
  grades,
  spaceDescriptionSchema,
  type Grade,
  type GradeOverride,
  type GradingRule,
  type GradingRuleSet,
  type Hazard,
  type SpaceDescription,
  type SpaceType,
  type ValidSpaceDescription,
} from '../../schemas/confined-space';
import { formatPath } from '../common/validate-content';

/** What grading needs: the rule set and the lists a description may name. */
export interface GradingModel {
  ruleSet: GradingRuleSet;
  types: readonly SpaceType[];
  hazards: readonly Hazard[];
}

/** A rule that matched, and what in the description made it match. */
export interface FiredRule {
  rule: Pick<GradingRule, 'id' | 'grade' | 'reason' | 'basis' | 'judgement'>;
  matched: { types: string[]; hazards: string[]; workModes: string[] };
}

export interface GradingResult {
  /** The grade to use: the override's when there is one, else the computed one. */
  grade: Grade;
  /** The grade the rules give. */
  computed: Grade;
  /** Every rule that matched, highest grade first, then in rule order; the fallback alone when none did. */
  reasons: FiredRule[];
  /** Ids of the reasons that set the computed grade (the highest). */
  decisive: string[];
  /** true when no rule matched and the rule set's fallback gave the grade. */
  fallback: boolean;
  /** The user's grade and written reason; null when the computed grade stands. */
  override: GradeOverride | null;
  /** The rule set that graded it (kept with the result and exported). */
  ruleSet: { id: string; title: string; notice: string };
  /** The description as validated. */
  space: ValidSpaceDescription;
}

export type GradingOutcome = { ok: true; result: GradingResult } | { ok: false; errors: string[] };

const fieldNames: Record<string, string> = {
  name: '有限空间名称',
  location: '位置',
  count: '数量',
  type: '类型',
  typeOther: '其他类型说明',
  hazards: '危险有害因素',
  hazardsOther: '其他危险有害因素说明',
  workMode: '作业形式',
  grade: '风险等级',
  reason: '调整理由',
};
const fieldOf = (path: readonly PropertyKey[]) => fieldNames[String(path[0])] ?? formatPath(path);

const rank = (g: Grade) => grades.length - grades.indexOf(g); // 高 3, 中 2, 低 1

/** Validates a description against the schema and the model's lists; errors in Chinese name the field. */
export function validateSpace(
  model: Pick<GradingModel, 'types' | 'hazards'>,
  input: unknown,
): { ok: true; space: ValidSpaceDescription } | { ok: false; errors: string[] } {
  const parsed = spaceDescriptionSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${fieldOf(i.path)}：${i.message}`) };
  const space = parsed.data;
  const errors: string[] = [];
  const type = model.types.find((t) => t.id === space.type);
  if (!type) errors.push(`类型：没有“${space.type}”这一类型`);
  for (const h of space.hazards)
    if (!model.hazards.some((x) => x.id === h)) errors.push(`危险有害因素：没有“${h}”这一项`);
  if (new Set(space.hazards).size !== space.hazards.length) errors.push('危险有害因素：有重复的项');
  if (space.type === 'other' && !space.typeOther) errors.push('其他类型说明：类型选“其他”时请写明是什么空间');
  if (space.hazards.includes('other') && !space.hazardsOther)
    errors.push('其他危险有害因素说明：选了“其他”时请写明是什么危害');
  return errors.length ? { ok: false, errors } : { ok: true, space };
}

/**
 * Grades one confined space: every rule whose conditions all hold fires (any listed type, any listed
 * hazard, any listed 作业形式); the highest grade wins and every fired rule is a reason. With an
 * override, its grade is used and its written reason kept; an override without a reason is refused.
 */
export function gradeSpace(model: GradingModel, input: SpaceDescription, override?: unknown): GradingOutcome {
  const valid = validateSpace(model, input);
  const errors = valid.ok ? [] : valid.errors;
  let keptOverride: GradeOverride | null = null;
  if (override !== undefined && override !== null) {
    const o = gradeOverrideSchema.safeParse(override);
    if (o.success) keptOverride = o.data;
    else errors.push(...o.error.issues.map((i) => `${fieldOf(i.path)}：${i.message}`));
  }
  if (!valid.ok || errors.length) return { ok: false, errors };
  const space = valid.space;

  const fired: FiredRule[] = [];
  for (const rule of model.ruleSet.rules) {
    const { types, hazards, workModes } = rule.when;
    const matched = {
      types: types?.filter((t) => t === space.type) ?? [],
      hazards: hazards?.filter((h) => space.hazards.includes(h)) ?? [],
      workModes: workModes?.filter((m) => m === space.workMode) ?? [],
    };
    const holds =
      (!types || matched.types.length > 0) &&
      (!hazards || matched.hazards.length > 0) &&
      (!workModes || matched.workModes.length > 0);
    if (holds) fired.push({ rule, matched });
  }
  const fallback = fired.length === 0;
  const reasons = fallback
    ? [
        {
          rule: { id: 'fallback', ...model.ruleSet.fallback },
          matched: { types: [], hazards: [], workModes: [] },
        },
      ]
    : [...fired].sort((a, b) => rank(b.rule.grade) - rank(a.rule.grade));
  const computed = reasons[0]!.rule.grade;
  return {
    ok: true,
    result: {
      grade: keptOverride?.grade ?? computed,
      computed,
      reasons,
      decisive: reasons.filter((r) => r.rule.grade === computed).map((r) => r.rule.id),
      fallback,
      override: keptOverride && keptOverride.grade !== computed ? keptOverride : null,
      ruleSet: { id: model.ruleSet.id, title: model.ruleSet.title, notice: model.ruleSet.notice },
      space,
    },
  };
}

/** The hazards to tick when a type is picked (the user may change them), with the quotes behind them. */
export function suggestedHazards(model: Pick<GradingModel, 'types'>, typeId: string) {
  const type = model.types.find((t) => t.id === typeId);
  return { hazards: type?.suggestedHazards ?? [], basis: type?.basis ?? [] };
}
