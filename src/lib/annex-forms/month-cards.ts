import type { AnnexLayout } from '../../schemas/annex-layout';
import { nextMonth } from '../common/dates';
import { codecs, isNumeric } from '../table/codecs';
import { type AnnexData, type AnnexRow, addRow } from '../table/data';
import { columnGroups, column, leafColumns } from '../table/layout';
import { monthLabel } from '../table/values';

/**
 * The phone's month cards (附件1/附件5): a month picker within the campaign's months, which months
 * start folded, and the key figures a folded month shows.
 */

type Months = Extract<AnnexLayout['rows'], { kind: 'months' }>;
const monthsModel = (layout: AnnexLayout): Months | null =>
  layout.rows.kind === 'months' ? layout.rows : null;

/** The campaign's months, firstMonth…lastMonth (a year from firstMonth when the layout names no end). */
export function campaignMonths(model: Months): string[] {
  const out = [model.firstMonth];
  let last = model.lastMonth;
  if (!last) {
    last = model.firstMonth;
    for (let i = 0; i < 11; i++) last = nextMonth(last);
  }
  while (out.at(-1)! < last) out.push(nextMonth(out.at(-1)!));
  return out;
}

export interface MonthChoice {
  month: string;
  /** 5月, 2026年1月 */
  label: string;
  /** the row of that month, when the form has it */
  rowId?: string;
}

/** What the month picker offers: every campaign month, and any later month the form already has. */
export function monthChoices(layout: AnnexLayout, data: AnnexData): MonthChoice[] {
  const model = monthsModel(layout);
  if (!model) return [];
  const byMonth = new Map(data.rows.map((r) => [r.month!, r.id]));
  const months = new Set([...campaignMonths(model), ...byMonth.keys()]);
  return [...months].sort().map((month) => ({
    month,
    label: monthLabel(month, model.baseYear),
    rowId: byMonth.get(month),
  }));
}

/**
 * The form with `month` present: months are continuous, so adding 8月 after 5月 adds 6月 and 7月 too.
 * Returns the row id of that month (unchanged data when it is there already, or is before the first month).
 */
export function withMonth(
  layout: AnnexLayout,
  data: AnnexData,
  month: string,
): { data: AnnexData; rowId: string | null } {
  const model = monthsModel(layout);
  if (!model || month < model.firstMonth) return { data, rowId: null };
  let next = data;
  for (let guard = 0; guard < 600; guard++) {
    const found = next.rows.find((r) => r.month === month);
    if (found) return { data: next, rowId: found.id };
    const grown = addRow(layout, next);
    if (grown === next) break;
    next = grown;
  }
  return { data, rowId: null };
}

/** Whether anything has been typed in a row. */
export const rowStarted = (row: AnnexRow) => Object.values(row.cells).some((v) => v.trim() !== '');

/**
 * Months that start folded on a phone: months already filled — every month with something typed
 * except the last one (the month being worked on), and never one with an error in it.
 */
export function foldedByDefault(
  layout: AnnexLayout,
  data: AnnexData,
  index: number,
  hasError: (rowId: string) => boolean,
): boolean {
  const row = data.rows[index];
  if (!monthsModel(layout) || !row || index === data.rows.length - 1) return false;
  return rowStarted(row) && !hasError(row.id);
}

/**
 * A month's key figures, what a folded card shows: every number typed, with the group it is under,
 * e.g. "企业自查自纠情况：自查企业 12 家、一般隐患 30 条、已整改 25 条".
 */
export function keyFigures(layout: AnnexLayout, cells: Record<string, string>): string {
  const groups = new Map<string, string[]>();
  for (const c of leafColumns(layout).filter(isNumeric)) {
    const value = (cells[c.key] ?? '').trim();
    if (value === '' || codecs[c.type].problem(value, c)) continue;
    const group = columnGroups(layout, c.key)[0] ?? '';
    const name = column(layout, c.key).header.replace(/（[^（）]*）$/, '');
    const list = groups.get(group) ?? [];
    list.push(`${name} ${value}${c.unit ?? ''}`);
    groups.set(group, list);
  }
  if (groups.size === 0) return '未填写';
  return [...groups]
    .map(([group, list]) => (group ? `${group}：${list.join('、')}` : list.join('、')))
    .join('；');
}
