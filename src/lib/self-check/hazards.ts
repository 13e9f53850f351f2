import { readTypedDate } from '../dates';
import type { CheckItem } from './items';
import type { HazardLevel, ItemResult, ItemStatus, SelfCheck } from './record';

export const unchecked: ItemResult = { status: '未检查' };
export const resultOf = (check: Pick<SelfCheck, 'results'>, id: string): ItemResult =>
  check.results[id] ?? unchecked;

/**
 * 隐患级别 of a failed item: a criterion is 重大 by definition (fixed); a plan item is what the user chose,
 * by default 重大 when it is linked to a criterion on the list, else 一般.
 */
export function hazardLevel(item: CheckItem, result: ItemResult): { level: HazardLevel; fixed: boolean } {
  if (item.criterion) return { level: '重大', fixed: true };
  return { level: result.level ?? (item.linked.length > 0 ? '重大' : '一般'), fixed: false };
}

/** 隐患描述: what the user wrote, else the item's text. */
export const hazardDescription = (item: CheckItem, result: ItemResult) => result.description ?? item.text;

/**
 * 逾期: a failed item whose 整改时限 is a date before today and that is not 已整改. A 整改时限 in words
 * (“停产整改完成前”) is never overdue by itself.
 */
export function isOverdue(result: ItemResult, today: string): boolean {
  if (result.status !== '不符合' || result.progress === '已整改') return false;
  const date = readTypedDate(result.deadline ?? '');
  return typeof date === 'string' && date < today;
}

export interface SelfCheckCounts {
  total: number;
  /** Items with any status but 未检查. */
  checked: number;
  byStatus: Record<ItemStatus, number>;
  hazards: { total: number; 重大: number; 一般: number };
  rectified: number;
  inProgress: number;
  overdue: number;
}

/** Every number the page keeps visible and the report prints, over the items on the list only. */
export function countSelfCheck(
  items: readonly CheckItem[],
  check: Pick<SelfCheck, 'results'>,
  today: string,
): SelfCheckCounts {
  const byStatus: Record<ItemStatus, number> = { 未检查: 0, 符合: 0, 不符合: 0, 不适用: 0 };
  const hazards = { total: 0, 重大: 0, 一般: 0 };
  let rectified = 0;
  let inProgress = 0;
  let overdue = 0;
  for (const item of items) {
    const r = resultOf(check, item.id);
    byStatus[r.status]++;
    if (r.status !== '不符合') continue;
    hazards.total++;
    hazards[hazardLevel(item, r).level]++;
    if (r.progress === '已整改') rectified++;
    if (r.progress === '整改中') inProgress++;
    if (isOverdue(r, today)) overdue++;
  }
  return {
    total: items.length,
    checked: items.length - byStatus['未检查'],
    byStatus,
    hazards,
    rectified,
    inProgress,
    overdue,
  };
}

export type ItemFilter = 'all' | 'unchecked' | 'hazards' | 'overdue';
export const filterLabels: Record<ItemFilter, string> = {
  all: '全部',
  unchecked: '只看未检查',
  hazards: '只看隐患',
  overdue: '只看逾期',
};

/**
 * The items a filter shows. Linked items stay together: an item that passes brings the items linked to
 * it (so failing the plan's 煤气报警 item also shows 第四条（六）).
 */
export function filterItems(
  items: readonly CheckItem[],
  check: Pick<SelfCheck, 'results'>,
  filter: ItemFilter,
  today: string,
): CheckItem[] {
  if (filter === 'all') return [...items];
  const pass = (item: CheckItem) => {
    const r = resultOf(check, item.id);
    if (filter === 'unchecked') return r.status === '未检查';
    if (filter === 'hazards') return r.status === '不符合';
    return isOverdue(r, today);
  };
  const shown = new Set(items.filter(pass).map((i) => i.id));
  if (filter !== 'unchecked')
    for (const item of items) if (shown.has(item.id)) for (const l of item.linked) shown.add(l);
  return items.filter((i) => shown.has(i.id));
}

/** A hazard row as the report, the hazards sheet and 附件2 read it. */
export interface Hazard {
  item: CheckItem;
  result: ItemResult;
  level: HazardLevel;
  description: string;
  overdue: boolean;
}

/** The failed items, 重大 first, each level in list order. */
export function hazardsOf(
  items: readonly CheckItem[],
  check: Pick<SelfCheck, 'results'>,
  today: string,
): Hazard[] {
  const out: Hazard[] = [];
  for (const item of items) {
    const result = resultOf(check, item.id);
    if (result.status !== '不符合') continue;
    out.push({
      item,
      result,
      level: hazardLevel(item, result).level,
      description: hazardDescription(item, result),
      overdue: isOverdue(result, today),
    });
  }
  return [...out.filter((h) => h.level === '重大'), ...out.filter((h) => h.level === '一般')];
}

/**
 * The next self-check (next month, another workshop) from this one: same enterprise, kinds and answers;
 * the hazards not yet 已整改 carry over with everything recorded about them; every other item starts 未检查.
 */
export function duplicateSelfCheck(check: SelfCheck, id: string, date: string, createdAt: string): SelfCheck {
  const results: SelfCheck['results'] = {};
  for (const [itemId, r] of Object.entries(check.results))
    if (r.status === '不符合' && r.progress !== '已整改') results[itemId] = { ...r };
  return { ...check, id, date, name: '', results, createdAt };
}
