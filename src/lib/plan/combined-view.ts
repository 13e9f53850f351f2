/**
 * “我的企业属于哪些类型？”: the page renders everything any sector page gives, once, and each piece
 * carries the kinds whose sector page lists it. A selection then shows exactly the union of the
 * selected kinds' sector pages, without repeats.
 */
import type { SectorId } from '../../schemas';
import { requirementsFor, type PlanData } from './plan';

/** For every requirement item: the kinds whose sector page lists it, in the plan's order of kinds. */
export function kindsByRequirement(plan: Pick<PlanData, 'sectors' | 'campaigns'>): Map<string, SectorId[]> {
  const map = new Map<string, SectorId[]>();
  for (const sector of plan.sectors)
    for (const { requirements } of requirementsFor(plan, [sector.id]))
      for (const r of requirements) map.set(r.id, [...(map.get(r.id) ?? []), sector.id]);
  return map;
}

/** Whether a piece tagged with `kinds` (space-separated, as in data-kinds) shows for a selection. */
export function shownFor(kinds: string, selected: readonly string[]): boolean {
  return kinds.split(/\s+/).some((k) => k !== '' && selected.includes(k));
}

/**
 * 所有冶金工贸企业 is already included when another 冶金工贸 kind is ticked: the page shows its box
 * as ticked and says why, so ticking it does not look like it "does nothing".
 */
export function allImplied(plan: Pick<PlanData, 'sectors'>, selected: readonly string[]): boolean {
  return plan.sectors.some((s) => s.id !== 'all' && s.metallurgyTrade && selected.includes(s.id));
}

/** The selection the page filters on: what was ticked, plus `all` when it is implied. */
export function effectiveSelection(plan: Pick<PlanData, 'sectors'>, selected: readonly string[]): string[] {
  return allImplied(plan, selected) && !selected.includes('all') ? [...selected, 'all'] : [...selected];
}

/** The line next to the boxes, e.g. "已选 2 类：31 条要求，来自 3 项整治行动；9 项报送事项。" */
export function countLine(
  selectedCount: number,
  requirements: number,
  campaigns: number,
  reports: number,
): string {
  if (selectedCount === 0) return '还没有选择。勾选后，下面列出方案对你的企业的全部要求。';
  return `已选 ${selectedCount} 类：${requirements} 条要求，来自 ${campaigns} 项整治行动；另有各阶段任务和 ${reports} 项报送事项。`;
}
