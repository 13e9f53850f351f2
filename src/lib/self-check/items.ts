import type { SectorId } from '../../schemas';
import type { SelfCheckData } from './data';
import { criteriaGroups } from '../criteria/criteria';
import { linkedCriteria, linkedPlanItems, type SelfCheckSelection } from './select';
import { campaignItemLocator, sectionOf } from '../plan/plan-locator';
import { criteriaHref } from '../criteria/pages';

const linkReasons = (selection: SelfCheckSelection, id: string) => [
  ...new Set(
    selection.links.filter((l) => l.planItem === id || l.criteria.includes(id)).map((l) => l.because),
  ),
];

/** One line of the self-check as the page shows it: verbatim text, source, who it applies to, links. */
export interface CheckItem {
  id: string;
  kind: 'plan' | 'criteria';
  /** The heading it is listed under (the campaign, or the article / mine part), as printed. */
  group: string;
  /** The list it belongs to, for 检查范围: 行动方案 （一）… / 第10号令第四条 / 一、金属非金属地下矿山重大事故隐患. */
  list: string;
  /** An article's lead-in (冶金企业有下列情形之一的…), verbatim; null for plan items. */
  lead: string | null;
  /** The item, verbatim, with its printed number. */
  text: string;
  /** Numbered 情形 under a mine item, verbatim. */
  subItems: string[];
  /** Our short label (plan items only, shown as 摘要). */
  label: string | null;
  /** Where it is: 行动方案（一）1. 固定式煤气检测报警仪 / 第10号令第四条（六）. */
  source: string;
  /** The plan paragraph, for plan items. */
  href: string | null;
  /** Who it applies to: the kinds (plan items) or the article's words (冶金企业). */
  appliesTo: string;
  /** Items the site links to this one (plan item ↔ criteria), on this list. */
  linked: string[];
  /** Why they are linked (本站理解, content/criteria/plan-links.yaml), one per link. */
  linkBecause: string[];
  /** Why a criterion is on this list (本站理解, content/self-check/scope-rules.yaml); empty for plan items. */
  because: string[];
  /** A criterion: answered 不存在该情形 / 存在该情形; only 存在该情形 is a 重大事故隐患. */
  criterion: boolean;
}

/** The items of a selection in page order: plan items, then criteria in document order. */
export function checkItems(data: Pick<SelfCheckData, 'plan'>, selection: SelfCheckSelection): CheckItem[] {
  const sectorName = (s: SectorId) => data.plan.sectors.find((x) => x.id === s)?.name ?? s;
  const out: CheckItem[] = selection.planItems.map(({ campaign, requirement, sectors }) => ({
    id: requirement.id,
    kind: 'plan',
    group: `${campaign.number}${campaign.title}`,
    list: `行动方案 ${campaign.number}${campaign.title}`,
    lead: null,
    text: `${requirement.number ?? ''}${requirement.title ?? ''}${requirement.text}`,
    subItems: [],
    label: requirement.label,
    source: campaignItemLocator(campaign, sectionOf(campaign, requirement.id), requirement),
    href: `/plan/#${requirement.id}`,
    appliesTo: [requirement.condition, sectors.map(sectorName).join('、')].filter(Boolean).join('；'),
    linked: linkedCriteria(selection, requirement.id),
    linkBecause: linkReasons(selection, requirement.id),
    because: [],
    criterion: false,
  }));
  for (const { item, decidedBy } of selection.criteria)
    out.push({
      id: item.id,
      kind: 'criteria',
      group: item.groupTitle,
      list:
        item.document === 'mem10'
          ? item.citation.slice(0, item.citation.length - (item.number ?? '').length)
          : item.groupTitle,
      lead: item.leadIn,
      text: `${item.number ?? ''}${item.text}`,
      subItems: item.subItems.map((s) => `${s.number}${s.text}`),
      label: null,
      source: item.citation,
      href: criteriaHref(item.id),
      appliesTo: item.appliesTo ?? (item.document === 'mem10' ? '工贸企业' : item.groupTitle),
      linked: linkedPlanItems(selection, item.id),
      linkBecause: linkReasons(selection, item.id),
      because: [...new Set(decidedBy.map((d) => d.because))],
      criterion: true,
    });
  return out;
}

/** For the page: each asked question, its answer and the lists (articles, mine parts) it decided. */
export interface QuestionDecision {
  id: string;
  text: string;
  help: string | null;
  multiple: boolean;
  options: { id: string; label: string; chosen: boolean }[];
  /** The boxes the user ticked that made it be asked (金属冶炼企业, not 所有冶金工贸企业). */
  askedBecause: string[];
  /** The same as a sentence: （因勾选了“金属冶炼企业”而问）. */
  reason: string;
  /** 第十二条 / 一、金属非金属地下矿山重大事故隐患… — what the answer put on the list. */
  decides: string[];
  answered: boolean;
}

export function questionDecisions(
  data: Pick<SelfCheckData, 'plan' | 'criteria'>,
  selection: SelfCheckSelection,
): QuestionDecision[] {
  const titles = new Map(criteriaGroups(data.criteria).map((g) => [g.id, g.title] as const));
  const sectorName = (s: string) => data.plan.sectors.find((x) => x.id === s)?.name ?? s;
  const ticked = selection.kinds.filter((k) => k !== 'all');
  // A question asked for every 冶金工贸 kind ('all') was asked because of the 冶金工贸 boxes actually ticked.
  const because = (asked: readonly string[]) => {
    const boxes = asked.flatMap((s) => {
      if (s !== 'all') return [s];
      const trade = ticked.filter((k) => data.plan.sectors.find((x) => x.id === k)?.metallurgyTrade);
      return trade.length ? trade : [s];
    });
    return [...new Set(boxes)].map(sectorName);
  };
  return selection.questions.map((q) => ({
    id: q.question.id,
    text: q.question.text,
    help: q.question.help ?? null,
    multiple: q.question.multiple,
    options: q.question.options.map((o) => ({ id: o.id, label: o.label, chosen: q.answer.includes(o.id) })),
    askedBecause: because(q.askedBecause),
    reason: `（因勾选了${because(q.askedBecause)
      .map((n) => `“${n}”`)
      .join('、')}而问）`,
    decides: q.decides.map((g) => titles.get(g) ?? g),
    answered: q.answer.length > 0,
  }));
}
