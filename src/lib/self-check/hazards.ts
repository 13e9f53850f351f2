import { readTypedDate } from '../common/dates';
import type { CheckItem } from './items';
import {
  isFailedStatus,
  type HazardLevel,
  type ItemResult,
  type ItemStatus,
  type PhotoRef,
  type SelfCheck,
} from './record';

export const unchecked: ItemResult = { status: '未检查' };
export const resultOf = (check: Pick<SelfCheck, 'results'>, id: string): ItemResult =>
  check.results[id] ?? unchecked;

/** 不符合 (plan item) or 存在该情形 (criterion): the item records a hazard. */
export const isFailed = (r: ItemResult) => isFailedStatus(r.status);

/** The line beside the 重大/一般 choice: what makes a hazard 重大. */
export const MAJOR_RULE = '存在重大事故隐患判定标准所列情形的，是重大事故隐患；其余不符合的，是一般隐患。';

/** Shown with a failed plan item's linked criteria: answering 存在 makes the hazard 重大. */
export const LINKED_CRITERION_PROMPT = '如存在该情形，即为重大事故隐患';

/** 隐患描述: what the user wrote, else the item's text. */
export const hazardDescription = (item: CheckItem, result: ItemResult) => result.description ?? item.text;

/**
 * 逾期: a failed item whose 整改时限 is a date before today and that is not 已整改. A 整改时限 in words
 * (“停产整改完成前”) is never overdue by itself.
 */
export function isOverdue(result: ItemResult, today: string): boolean {
  if (!isFailed(result) || result.progress === '已整改') return false;
  const date = readTypedDate(result.deadline ?? '');
  return typeof date === 'string' && date < today;
}

/**
 * One hazard: a failed item, or a failed plan item together with the linked criteria answered 存在该情形
 * (one situation, counted once). Its record is kept on `item` (the plan item when merged).
 */
export interface Hazard {
  /** The item whose card holds the record. */
  item: CheckItem;
  /** The 判定标准 情形 answered 存在 that make it 重大 (the item itself for a criterion alone). */
  criteria: CheckItem[];
  /** The record: the holder's fields, a merged criterion's where the holder has none. */
  result: ItemResult;
  level: HazardLevel;
  /** true when a criterion decides the level (重大); false for a plan item's own choice (一般 by default). */
  fixed: boolean;
  /** Every source: 行动方案（一）1. 固定式煤气检测报警仪；第10号令第四条（六）. */
  source: string;
  description: string;
  overdue: boolean;
}

const recordFields = ['description', 'measure', 'owner', 'deadline', 'progress', 'remark'] as const;

/** A merged record: each field from the holder, else from the first merged result that has it; photos of all. */
export function mergeRecord(holder: ItemResult, others: readonly ItemResult[]): ItemResult {
  const out: ItemResult = { ...holder };
  for (const k of recordFields) {
    if (out[k] !== undefined) continue;
    const from = others.find((o) => o[k] !== undefined);
    if (from) (out as Record<string, unknown>)[k] = from[k];
  }
  const photos: PhotoRef[] = [];
  for (const p of [holder, ...others].flatMap((r) => r.photos ?? []))
    if (!photos.some((x) => x.id === p.id)) photos.push(p);
  if (photos.length) out.photos = photos;
  return out;
}

/**
 * The hazards of a self-check, 重大 first, each level in list order. A failed plan item takes in its
 * linked criteria answered 存在该情形 (unless marked `separate`; a criterion joins the first such plan
 * item only): one hazard, 重大, citing both. A criterion answered 存在 on its own is a 重大 hazard; a
 * failed plan item on its own is what the user chose, 一般 by default.
 */
export function hazardsOf(
  items: readonly CheckItem[],
  check: Pick<SelfCheck, 'results'>,
  today: string,
): Hazard[] {
  const byId = new Map(items.map((i) => [i.id, i] as const));
  const claimedBy = new Map<string, string>();
  for (const item of items) {
    const r = resultOf(check, item.id);
    if (item.criterion || !isFailed(r) || r.separate) continue;
    for (const id of item.linked)
      if (!claimedBy.has(id) && byId.get(id)?.criterion && resultOf(check, id).status === '存在该情形')
        claimedBy.set(id, item.id);
  }
  const out: Hazard[] = [];
  for (const item of items) {
    const own = resultOf(check, item.id);
    if (!isFailed(own) || claimedBy.has(item.id)) continue;
    const criteria = item.criterion
      ? [item]
      : item.linked.filter((id) => claimedBy.get(id) === item.id).map((id) => byId.get(id)!);
    const merged = item.criterion ? [] : criteria;
    const result = mergeRecord(
      own,
      merged.map((c) => resultOf(check, c.id)),
    );
    const fixed = criteria.length > 0;
    out.push({
      item,
      criteria,
      result,
      level: fixed ? '重大' : (own.level ?? '一般'),
      fixed,
      source: [item.source, ...merged.map((c) => c.source)].join('；'),
      description: result.description ?? item.text,
      overdue: isOverdue(result, today),
    });
  }
  return [...out.filter((h) => h.level === '重大'), ...out.filter((h) => h.level === '一般')];
}

/** Every item id of the hazards (holders and merged criteria) → its hazard. */
export function hazardIndex(hazards: readonly Hazard[]): Map<string, Hazard> {
  const map = new Map<string, Hazard>();
  for (const h of hazards) {
    map.set(h.item.id, h);
    for (const c of h.criteria) map.set(c.id, h);
  }
  return map;
}

export interface SelfCheckCounts {
  total: number;
  /** Items with any status but 未检查. */
  checked: number;
  /** Plan items and criteria on the list. */
  planTotal: number;
  criteriaTotal: number;
  byStatus: Record<ItemStatus, number>;
  /** 不适用 split by kind of item. */
  notApplicable: { plan: number; criteria: number };
  /** Hazards (a plan item and its criterion answered 存在 are one). */
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
  const byStatus: Record<ItemStatus, number> = {
    未检查: 0,
    符合: 0,
    不符合: 0,
    不适用: 0,
    不存在该情形: 0,
    存在该情形: 0,
  };
  for (const item of items) byStatus[resultOf(check, item.id).status]++;
  const list = hazardsOf(items, check, today);
  const criteriaTotal = items.filter((i) => i.criterion).length;
  const na = (criterion: boolean) =>
    items.filter((i) => i.criterion === criterion && resultOf(check, i.id).status === '不适用').length;
  return {
    total: items.length,
    checked: items.length - byStatus['未检查'],
    planTotal: items.length - criteriaTotal,
    criteriaTotal,
    byStatus,
    notApplicable: { plan: na(false), criteria: na(true) },
    hazards: {
      total: list.length,
      重大: list.filter((h) => h.level === '重大').length,
      一般: list.filter((h) => h.level === '一般').length,
    },
    rectified: list.filter((h) => h.result.progress === '已整改').length,
    inProgress: list.filter((h) => h.result.progress === '整改中').length,
    overdue: list.filter((h) => h.overdue).length,
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
 * it (so failing the plan's 煤气报警 item also shows 第四条（六））; an overdue hazard shows every item it
 * is made of.
 */
export function filterItems(
  items: readonly CheckItem[],
  check: Pick<SelfCheck, 'results'>,
  filter: ItemFilter,
  today: string,
): CheckItem[] {
  if (filter === 'all') return [...items];
  const index = filter === 'overdue' ? hazardIndex(hazardsOf(items, check, today)) : null;
  const pass = (item: CheckItem) => {
    const r = resultOf(check, item.id);
    if (filter === 'unchecked') return r.status === '未检查';
    if (filter === 'hazards') return isFailed(r);
    return index!.get(item.id)?.overdue === true;
  };
  const shown = new Set(items.filter(pass).map((i) => i.id));
  if (filter !== 'unchecked')
    for (const item of items) if (shown.has(item.id)) for (const l of item.linked) shown.add(l);
  return items.filter((i) => shown.has(i.id));
}

/** The items of the hazards not yet 已整改 (holders and merged criteria): what a next self-check carries. */
export function openHazardItems(hazards: readonly Hazard[]): string[] {
  return hazards
    .filter((h) => h.result.progress !== '已整改')
    .flatMap((h) => [h.item.id, ...h.criteria.map((c) => c.id)]);
}

/**
 * The next self-check (next month, another workshop) from this one: same enterprise, kinds and answers;
 * the items of the hazards not yet 已整改 (`carry`, see openHazardItems) keep everything recorded about
 * them; every other item starts 未检查.
 */
export function duplicateSelfCheck(
  check: SelfCheck,
  id: string,
  date: string,
  createdAt: string,
  carry: readonly string[],
): SelfCheck {
  const results: SelfCheck['results'] = {};
  for (const [itemId, r] of Object.entries(check.results))
    if (carry.includes(itemId) && isFailed(r)) results[itemId] = { ...r };
  return { ...check, id, date, name: '', results, createdAt };
}
