import type { Citation } from '../../schemas';
import type { PlanCriteriaLink, ScopeRule, SelfCheckQuestion } from '../../schemas/self-check';
import {
  criteriaGroups,
  checkCriteriaIntegrity,
  resolveCriteriaRef,
  type CriteriaData,
} from '../criteria/criteria';
import type { PlanData } from '../plan/plan';
import { criteriaFiles } from '../criteria/files';
import { isCriterionId } from './record';

/** Everything a self-check selection reads: the plan, the criteria, the questions, rules and links. */
export interface SelfCheckData {
  plan: Pick<PlanData, 'sectors' | 'campaigns'>;
  criteria: CriteriaData;
  questions: SelfCheckQuestion[];
  rules: ScopeRule[];
  links: PlanCriteriaLink[];
}

/** Content files of the self-check, relative to the project root. */
export const selfCheckFiles = {
  ...criteriaFiles,
  links: 'content/criteria/plan-links.yaml',
  questions: 'content/self-check/questions.yaml',
  rules: 'content/self-check/scope-rules.yaml',
} as const;

/**
 * Cross-reference problems, each in Chinese naming the file, the entry and the field: a rule naming a
 * kind, question, option or criterion that does not exist; a link to a missing plan item or criterion.
 */
export function checkSelfCheckIntegrity(data: SelfCheckData): string[] {
  const problems = checkCriteriaIntegrity(data.criteria);
  const groups = criteriaGroups(data.criteria);
  const sectorIds = new Set<string>(data.plan.sectors.map((s) => s.id));
  const planItems = new Set(
    data.plan.campaigns.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => i.id))),
  );
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  // A stored answer is read by its id: criteria (mem10-…, mine-…) are answered 存在/不存在该情形, plan items 符合/不符合.
  for (const id of planItems)
    if (isCriterionId(id))
      problems.push(
        `内容文件 content/plan/campaigns.yaml 要求条目 ${id}：id 不能以 mem10- 或 mine- 开头（留给判定标准条款）`,
      );
  for (const g of groups)
    for (const item of g.items)
      if (!isCriterionId(item.id))
        problems.push(
          `判定标准条款 ${item.id}：id 应以 mem10- 或 mine- 开头（自查按 id 区分条款和方案条目）`,
        );

  for (const q of data.questions) {
    const where = `内容文件 ${selfCheckFiles.questions}（id: ${q.id}）`;
    if (q.id === 'kinds') problems.push(`${where}字段 id：kinds 已用于链接中的企业类型，问题不能叫这个名字`);
    const options = q.options.map((o) => o.id);
    if (new Set(options).size !== options.length) problems.push(`${where}字段 options：选项 id 重复`);
    for (const s of [...q.askedFor, ...q.unlessSectors])
      if (!sectorIds.has(s)) problems.push(`${where}字段 askedFor：sectors.yaml 中没有 ${s}`);
  }
  for (const rule of data.rules) {
    const where = `内容文件 ${selfCheckFiles.rules}（id: ${rule.id}）`;
    for (const s of rule.when.sectors ?? [])
      if (!sectorIds.has(s)) problems.push(`${where}字段 when.sectors：sectors.yaml 中没有 ${s}`);
    for (const [qid, options] of Object.entries(rule.when.answers ?? {})) {
      const q = questions.get(qid);
      if (!q) {
        problems.push(`${where}字段 when.answers：没有问题 ${qid}（应在 ${selfCheckFiles.questions} 中）`);
        continue;
      }
      for (const o of options)
        if (!q.options.some((opt) => opt.id === o))
          problems.push(`${where}字段 when.answers.${qid}：问题 ${qid} 没有选项 ${o}`);
    }
    for (const ref of rule.include) {
      const items = resolveCriteriaRef(groups, ref);
      if (!items) problems.push(`${where}字段 include：找不到判定标准条款 ${ref}`);
      else if (items.length === 0) problems.push(`${where}字段 include：${ref} 原文缺失，不能列入清单`);
    }
  }
  for (const link of data.links) {
    const where = `内容文件 ${selfCheckFiles.links}（id: ${link.id}）`;
    if (!planItems.has(link.planItem))
      problems.push(`${where}字段 planItem：方案中没有要求条目 ${link.planItem}（应在 campaigns.yaml 中）`);
    for (const ref of link.criteria) {
      const items = resolveCriteriaRef(groups, ref);
      if (!items) problems.push(`${where}字段 criteria：找不到判定标准条款 ${ref}`);
      else if (items.length !== 1 || items[0]!.id !== ref)
        problems.push(`${where}字段 criteria：${ref} 是一整条或一部分，链接应指向其中的一项`);
    }
  }
  return problems;
}

/** Checks the data and returns it; throws one Error listing every broken reference. */
export function assembleSelfCheck(data: SelfCheckData): SelfCheckData {
  const problems = checkSelfCheckIntegrity(data);
  if (problems.length > 0)
    throw new Error(`自查清单数据交叉引用检查失败（${problems.length} 处）：\n${problems.join('\n')}`);
  return {
    ...data,
    questions: [...data.questions].sort((a, b) => a.order - b.order),
  };
}

/** What the self-check page and the training deck's checklist get in the browser: the data and the plan's citations. */
export type ChecklistSource = SelfCheckData & { citations: readonly Citation[] };

/**
 * What the checklist page sends to the browser: the self-check data without what only the build needs
 * (the reference files' source lines and notes), and the plan's kinds, campaigns and citations only.
 */
export function checklistSourceForBrowser(
  data: SelfCheckData,
  citations: readonly Citation[],
): ChecklistSource {
  return {
    plan: { sectors: data.plan.sectors, campaigns: data.plan.campaigns },
    criteria: {
      ...data.criteria,
      documents: data.criteria.documents.map((d) => ({ ...d, sources: [], notes: [], files: [] })),
    },
    questions: data.questions,
    rules: data.rules,
    links: data.links,
    citations,
  };
}
