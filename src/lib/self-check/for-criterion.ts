import type { SectorId } from '../../schemas';
import { resolveCriteriaRef, criteriaGroups } from '../criteria/criteria';
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
