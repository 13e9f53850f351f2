import type { Campaign, Requirement, SectorId } from '../../schemas';
import type { PlanCriteriaLink, SelfCheckQuestion } from '../../schemas/self-check';
import { criteriaGroups, resolveCriteriaRef, type CriteriaItem } from '../criteria/criteria';
import { expandSelection, itemSectors, requirementsFor } from '../plan/plan';
import type { SelfCheckData } from './data';

/** Chosen option ids per question id (a single-choice question has at most one). */
export type SelfCheckAnswers = Readonly<Record<string, readonly string[]>>;

/** Why a criteria item is on the list: the rule, and the kinds and answers that made it hold. */
export interface Decision {
  rule: string;
  /** The rule's reason (本站理解). */
  because: string;
  /** Kinds of the selection that met the rule's `sectors` condition. */
  sectors: SectorId[];
  /** Answers that met the rule's `answers` conditions. */
  answers: { question: string; options: string[] }[];
}

export interface SelectedPlanItem {
  campaign: Campaign;
  requirement: Requirement;
  /** Kinds of the (expanded) selection the item is for. */
  sectors: SectorId[];
}

export interface SelectedCriteriaItem {
  item: CriteriaItem;
  /** Every rule that put it on the list, in rule order. */
  decidedBy: Decision[];
}

export interface AskedQuestion {
  question: SelfCheckQuestion;
  /** Kinds of the selection that made it be asked. */
  askedBecause: SectorId[];
  /** The valid answer (option ids); empty when not answered yet. */
  answer: string[];
  /** Articles / mine parts whose items are on the list because of this answer, in document order. */
  decides: string[];
}

export interface SelfCheckSelection {
  /** The kinds the selection stands for (every 冶金工贸 kind brings in `all`). */
  kinds: SectorId[];
  /** Questions asked for this selection, in order, with their answers. */
  questions: AskedQuestion[];
  /** Ids of asked questions not answered yet: their lists are not decided. */
  unanswered: string[];
  /** Answers that were not used, each with the reason in Chinese (question not asked, unknown option…). */
  ignoredAnswers: string[];
  /** The plan's requirement items for the kinds, in the plan's order, each once. */
  planItems: SelectedPlanItem[];
  /** The criteria items that apply, in document order, each once. */
  criteria: SelectedCriteriaItem[];
  /** Links between a listed plan item and listed criteria items (criteria not listed are left out), in plan order. */
  links: PlanCriteriaLink[];
}

/**
 * The exact lists of a 自查 for the chosen kinds of enterprise and the answers to the applicability
 * questions: the plan's requirement items, the criteria items (第10号令, 金属非金属矿山判定标准), which
 * rule and answer decided each, and the links between them. Pure: same input, same output.
 */
export function selectSelfCheck(
  data: SelfCheckData,
  selected: readonly SectorId[],
  answers: SelfCheckAnswers = {},
): SelfCheckSelection {
  const kinds = expandSelection(data.plan, selected);
  const kindList = data.plan.sectors.map((s) => s.id).filter((id) => kinds.has(id));
  const groups = criteriaGroups(data.criteria);
  const ignoredAnswers: string[] = [];

  // Questions asked, and the valid answers to them.
  const asked = new Map<string, AskedQuestion>();
  for (const question of data.questions) {
    const askedBecause = question.askedFor.filter((s) => kinds.has(s));
    if (askedBecause.length === 0 || question.unlessSectors.some((s) => kinds.has(s))) continue;
    const given = [...new Set(answers[question.id] ?? [])];
    const unknown = given.filter((o) => !question.options.some((opt) => opt.id === o));
    let answer = given.filter((o) => !unknown.includes(o));
    for (const o of unknown) ignoredAnswers.push(`问题“${question.text}”没有选项 ${o}，已忽略`);
    if (!question.multiple && answer.length > 1) {
      ignoredAnswers.push(`问题“${question.text}”只能选一项，收到 ${answer.length} 项，已忽略这个回答`);
      answer = [];
    }
    answer = question.options.map((o) => o.id).filter((id) => answer.includes(id));
    asked.set(question.id, { question, askedBecause, answer, decides: [] });
  }
  for (const [qid, given] of Object.entries(answers)) {
    if (asked.has(qid) || given.length === 0) continue;
    const question = data.questions.find((q) => q.id === qid);
    ignoredAnswers.push(
      question ? `问题“${question.text}”对所选企业类型不适用，回答已忽略` : `没有问题 ${qid}，回答已忽略`,
    );
  }

  // Criteria: every rule whose conditions all hold.
  const decisions = new Map<string, Decision[]>();
  const decidedByQuestion = new Map<string, Set<string>>();
  for (const rule of data.rules) {
    const sectors = (rule.when.sectors ?? []).filter((s) => kinds.has(s));
    if (rule.when.sectors && sectors.length === 0) continue;
    const met: Decision['answers'] = [];
    let holds = true;
    for (const [qid, options] of Object.entries(rule.when.answers ?? {})) {
      const chosen = asked.get(qid)?.answer.filter((o) => options.includes(o)) ?? [];
      if (chosen.length === 0) holds = false;
      else met.push({ question: qid, options: chosen });
    }
    if (!holds) continue;
    const decision: Decision = { rule: rule.id, because: rule.because, sectors, answers: met };
    // A rule that names an article and one of its items still decides that item once.
    const items = new Set(rule.include.flatMap((ref) => resolveCriteriaRef(groups, ref) ?? []));
    for (const item of items) {
      const list = decisions.get(item.id) ?? [];
      list.push(decision);
      decisions.set(item.id, list);
      for (const { question } of met) {
        const set = decidedByQuestion.get(question) ?? new Set<string>();
        set.add(item.group);
        decidedByQuestion.set(question, set);
      }
    }
  }
  const criteria: SelectedCriteriaItem[] = [];
  for (const g of groups)
    for (const item of g.items) {
      const decidedBy = decisions.get(item.id);
      if (decidedBy) criteria.push({ item, decidedBy });
    }
  const groupOrder = groups.map((g) => g.id);
  for (const [qid, set] of decidedByQuestion) {
    const q = asked.get(qid);
    if (q) q.decides = groupOrder.filter((id) => set.has(id));
  }

  // Plan items for the kinds.
  const planItems: SelectedPlanItem[] = requirementsFor(data.plan, selected).flatMap(
    ({ campaign, requirements }) =>
      requirements.map((requirement) => ({
        campaign,
        requirement,
        sectors: kindList.filter((k) => listedFor(campaign, requirement).includes(k)),
      })),
  );

  const planOrder = planItems.map((p) => p.requirement.id);
  const criteriaOrder = criteria.map((c) => c.item.id);
  const links = data.links
    .filter((l) => planOrder.includes(l.planItem))
    .map((l) => ({ ...l, criteria: criteriaOrder.filter((c) => l.criteria.includes(c)) }))
    .filter((l) => l.criteria.length > 0)
    .sort((a, b) => planOrder.indexOf(a.planItem) - planOrder.indexOf(b.planItem));

  const questions = [...asked.values()];
  return {
    kinds: kindList,
    questions,
    unanswered: questions.filter((q) => q.answer.length === 0).map((q) => q.question.id),
    ignoredAnswers,
    planItems,
    criteria,
    links,
  };
}

/** Criteria items linked to a plan item in a selection (failing the plan item shows these). */
export function linkedCriteria(selection: SelfCheckSelection, planItemId: string): string[] {
  return [...new Set(selection.links.filter((l) => l.planItem === planItemId).flatMap((l) => l.criteria))];
}

/** Plan items linked to a criteria item in a selection (failing the criterion shows these). */
export function linkedPlanItems(selection: SelfCheckSelection, criteriaId: string): string[] {
  return [...new Set(selection.links.filter((l) => l.criteria.includes(criteriaId)).map((l) => l.planItem))];
}

/** The kinds the plan item is listed for (its campaign's 整治范围, narrowed by `onlyFor`). */
function listedFor(campaign: Campaign, requirement: Requirement): SectorId[] {
  const section = campaign.sections.find((s) => s.items.includes(requirement));
  return section ? itemSectors(campaign, section, requirement) : [];
}
