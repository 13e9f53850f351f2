import type { SectorId } from '../../schemas';
import { criteriaGroups, criteriaItems, resolveCriteriaRef } from '../criteria/criteria';
import { criteriaHref } from '../criteria/pages';
import type { SelfCheckData } from './data';
import { checklistQuery } from './query';
import { selectSelfCheck, type SelfCheckAnswers } from './select';

/**
 * “用这一条自查” on a criteria page: the self-check's address with kinds and answers that put this criterion
 * on the list, found from the scope rules (the first rule that names it, the first kind and options that
 * satisfy it), and checked by running the selection itself. null when no rule lists it.
 */
export function selfCheckFor(
  data: SelfCheckData,
  criterionId: string,
): { kinds: SectorId[]; answers: SelfCheckAnswers } | null {
  const groups = criteriaGroups(data.criteria);
  for (const rule of data.rules) {
    const listed = rule.include.some((ref) =>
      resolveCriteriaRef(groups, ref)?.some((i) => i.id === criterionId),
    );
    if (!listed) continue;
    const answers: SelfCheckAnswers = Object.fromEntries(
      Object.entries(rule.when.answers ?? {}).map(([q, options]) => [q, [options[0]!]]),
    );
    // A kind the rule names, else one that asks every question the rule needs.
    const others = data.plan.sectors.map((s) => s.id).filter((s) => s !== 'all');
    const named = rule.when.sectors ?? [];
    const candidates: SectorId[] =
      named.length === 0 || named.includes('all') ? [...named.filter((s) => s !== 'all'), ...others] : named;
    for (const kind of candidates) {
      const selection = selectSelfCheck(data, [kind], answers);
      if (selection.criteria.some((c) => c.item.id === criterionId)) return { kinds: [kind], answers };
    }
  }
  return null;
}

/** The same as an address of the self-check page (/self-check/?kinds=…&…), or null. */
export function selfCheckHref(data: SelfCheckData, criterionId: string): string | null {
  const found = selfCheckFor(data, criterionId);
  if (!found) return null;
  return `/self-check/${checklistQuery(
    found.kinds,
    found.answers,
    data.questions,
    data.plan.sectors.map((s) => s.id),
  )}`;
}

/** A criteria article or mine part as a sector page lists it: its heading and where it is. */
export interface CriteriaPart {
  id: string;
  title: string;
  href: string;
  /** How many of its items are on the list. */
  items: number;
}

const partsOf = (data: SelfCheckData, selection: ReturnType<typeof selectSelfCheck>): CriteriaPart[] => {
  const groups = criteriaGroups(data.criteria);
  const out: CriteriaPart[] = [];
  for (const { item } of selection.criteria) {
    const last = out.at(-1);
    if (last?.id === item.group) last.items += 1;
    else {
      const g = groups.find((x) => x.id === item.group)!;
      const article = data.criteria.mem10.find((a) => a.id === g.id);
      out.push({
        id: g.id,
        title:
          item.document === 'mem10'
            ? `第10号令${g.title}${article?.appliesTo ? `（${article.appliesTo}）` : ''}`
            : g.title,
        href: criteriaHref(g.id)!,
        items: 1,
      });
    }
  }
  return out;
};

/**
 * What the criteria ask of one kind of enterprise, for its sector page: the articles and mine parts the kind
 * alone puts on the self-check list, and for each question the kind is asked, what each answer adds.
 */
export function criteriaForSector(
  data: SelfCheckData,
  sector: SectorId,
): { always: CriteriaPart[]; byAnswer: { question: string; option: string; parts: CriteriaPart[] }[] } {
  const base = selectSelfCheck(data, [sector]);
  const always = partsOf(data, base);
  const known = new Set(base.criteria.map((c) => c.item.id));
  const byAnswer = base.questions.flatMap(({ question }) =>
    question.options.flatMap((o) => {
      const added = selectSelfCheck(data, [sector], { [question.id]: [o.id] });
      const extra = { ...added, criteria: added.criteria.filter((c) => !known.has(c.item.id)) };
      const parts = partsOf(data, extra);
      return parts.length ? [{ question: question.text, option: o.label, parts }] : [];
    }),
  );
  return { always, byAnswer };
}

/** The criteria items a plan requirement is linked to (content/criteria/plan-links.yaml), with their citations. */
export function criteriaForPlanItem(
  data: SelfCheckData,
  planItem: string,
): { id: string; citation: string; href: string }[] {
  const items = new Map(criteriaItems(data.criteria).map((i) => [i.id, i] as const));
  const ids = [...new Set(data.links.filter((l) => l.planItem === planItem).flatMap((l) => l.criteria))];
  return ids.flatMap((id) => {
    const item = items.get(id);
    return item ? [{ id, citation: item.citation, href: criteriaHref(id)! }] : [];
  });
}
