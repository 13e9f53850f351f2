import type { AnnexLayout } from '../../schemas/annex-layout';
import { isEditable, isNumeric, leafColumns } from './layout';
import { centsToText, monthLabel, nextMonth, parseCount, parseMoneyCents } from './values';

export type { AnnexData, AnnexRow } from '../../schemas/annex-data';
import type { AnnexData, AnnexRow } from '../../schemas/annex-data';

let counter = 0;
/** Row ids only need to be unique within a draft. */
export const newRowId = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

const emptyCells = (layout: AnnexLayout) =>
  Object.fromEntries(
    leafColumns(layout)
      .filter(isEditable)
      .map((c) => [c.key, '']),
  );

/** A new, empty annex: 附件1/5 start with the first month, 附件4 with its fixed rows, 附件2/3 with one row. */
export function emptyAnnex(layout: AnnexLayout): AnnexData {
  const fields = Object.fromEntries(layout.fields.map((f) => [f.key, '']));
  const r = layout.rows;
  const rows: AnnexRow[] =
    r.kind === 'months'
      ? [{ id: newRowId(), month: r.firstMonth, cells: emptyCells(layout) }]
      : r.kind === 'fixed'
        ? r.labels.map((label) => ({ id: newRowId(), label, cells: emptyCells(layout) }))
        : [{ id: newRowId(), cells: emptyCells(layout) }];
  return { annex: layout.id, fields, rows };
}

/** The label a row prints in its first column(s): 6月 / 机械（高炉企业） / 3 (序号). */
export function rowLabel(layout: AnnexLayout, data: AnnexData, index: number): string {
  const row = data.rows[index]!;
  const r = layout.rows;
  if (r.kind === 'months') return monthLabel(row.month!, r.baseYear);
  if (r.kind === 'fixed') return row.label!;
  return String(index + 1);
}

/** How a row is named in messages: "6月", "机械（高炉企业）", "第 3 行". */
export function rowName(layout: AnnexLayout, data: AnnexData, index: number): string {
  return layout.rows.kind === 'free' ? `第 ${index + 1} 行` : rowLabel(layout, data, index);
}

/** Adds the next month (附件1/5) or an empty row (附件2/3). Fixed tables (附件4) do not grow. */
export function addRow(layout: AnnexLayout, data: AnnexData): AnnexData {
  const r = layout.rows;
  if (r.kind === 'fixed') return data;
  if (r.kind === 'months') {
    const last = data.rows.at(-1)?.month;
    const month = last ? nextMonth(last) : r.firstMonth;
    return { ...data, rows: [...data.rows, { id: newRowId(), month, cells: emptyCells(layout) }] };
  }
  return { ...data, rows: [...data.rows, { id: newRowId(), cells: emptyCells(layout) }] };
}

/**
 * Whether a row may be removed: fixed rows never; months only the last one (so the months stay
 * continuous); free rows any, as long as one row is left.
 */
export function canRemoveRow(layout: AnnexLayout, data: AnnexData, rowId: string): boolean {
  if (layout.rows.kind === 'fixed' || data.rows.length <= 1) return false;
  if (layout.rows.kind === 'months') return data.rows.at(-1)?.id === rowId;
  return data.rows.some((row) => row.id === rowId);
}

export function removeRow(layout: AnnexLayout, data: AnnexData, rowId: string): AnnexData {
  if (!canRemoveRow(layout, data, rowId)) return data;
  return { ...data, rows: data.rows.filter((row) => row.id !== rowId) };
}

/** The words on the add button: "添加 7月" for monthly tables, "添加一行" for free ones; null when rows are fixed. */
export function addRowLabel(layout: AnnexLayout, data: AnnexData): string | null {
  const r = layout.rows;
  if (r.kind === 'fixed') return null;
  if (r.kind === 'free') return '添加一行';
  const last = data.rows.at(-1)?.month;
  return `添加 ${monthLabel(last ? nextMonth(last) : r.firstMonth, r.baseYear)}`;
}

export function setCell(data: AnnexData, rowId: string, key: string, value: string): AnnexData {
  return {
    ...data,
    rows: data.rows.map((row) =>
      row.id === rowId ? { ...row, cells: { ...row.cells, [key]: value } } : row,
    ),
  };
}

export function setField(data: AnnexData, key: string, value: string): AnnexData {
  return { ...data, fields: { ...data.fields, [key]: value } };
}

/**
 * The 累计 / 合计 row: the sum of every numeric column over the rows (cells that are not valid
 * numbers are left out; validation reports them). Returned as text, money with two decimals.
 */
export function totals(layout: AnnexLayout, rows: readonly AnnexRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of leafColumns(layout).filter(isNumeric)) {
    let sum = 0;
    for (const row of rows) {
      const v =
        c.type === 'money' ? parseMoneyCents(row.cells[c.key] ?? '') : parseCount(row.cells[c.key] ?? '');
      if (typeof v === 'number') sum += v;
    }
    out[c.key] = c.type === 'money' ? centsToText(sum) : String(sum);
  }
  return out;
}

/** Whether the annex has a computed total row (附件1/5 累计, 附件4 合计). */
export function totalLabel(layout: AnnexLayout): string | null {
  return layout.rows.kind === 'free' ? null : layout.rows.totalLabel;
}

/** True when nothing has been typed (fields and cells all empty). */
export function isEmptyAnnex(data: AnnexData): boolean {
  return (
    Object.values(data.fields).every((v) => v.trim() === '') &&
    data.rows.every((row) => Object.values(row.cells).every((v) => v.trim() === ''))
  );
}
