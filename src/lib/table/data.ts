import type { AnnexLayout } from '../../schemas/annex-layout';
import { codecs, isNumeric } from './codecs';
import { isEditable, leafColumns } from './layout';
import { newRowId, rowKind } from './rows';

export type { AnnexData, AnnexRow } from '../../schemas/annex-data';
import type { AnnexData, AnnexRow } from '../../schemas/annex-data';

export { newRowId };

/** Every editable cell of a row, empty. */
export const emptyCells = (layout: AnnexLayout) =>
  Object.fromEntries(
    leafColumns(layout)
      .filter(isEditable)
      .map((c) => [c.key, '']),
  );

/** A new, empty form: 附件1/5 start with the first month, 附件4 with its fixed rows, 附件2/3 with one row. */
export function emptyAnnex(layout: AnnexLayout): AnnexData {
  const fields = Object.fromEntries(layout.fields.map((f) => [f.key, '']));
  return {
    annex: layout.id,
    fields,
    rows: rowKind(layout.rows).initial(layout.rows, () => emptyCells(layout)),
  };
}

/** The label a row prints in its first column(s): 6月 / 机械（高炉企业） / 3 (序号). */
export function rowLabel(layout: AnnexLayout, data: AnnexData, index: number): string {
  return rowKind(layout.rows).label(layout.rows, data.rows[index]!, index);
}

/** How a row is named in messages: "6月", "机械（高炉企业）", "第 3 行". */
export function rowName(layout: AnnexLayout, data: AnnexData, index: number): string {
  return rowKind(layout.rows).name(layout.rows, data.rows[index]!, index);
}

/** Adds the next month (附件1/5) or an empty row (附件2/3). Fixed tables (附件4) do not grow. */
export function addRow(layout: AnnexLayout, data: AnnexData): AnnexData {
  const row = rowKind(layout.rows).next(layout.rows, data.rows, () => emptyCells(layout));
  return row ? { ...data, rows: [...data.rows, row] } : data;
}

/**
 * Whether a row may be removed: fixed rows never; months only the last one (so the months stay
 * continuous); free rows any, as long as one row is left.
 */
export function canRemoveRow(layout: AnnexLayout, data: AnnexData, rowId: string): boolean {
  return rowKind(layout.rows).canRemove(layout.rows, data.rows, rowId);
}

export function removeRow(layout: AnnexLayout, data: AnnexData, rowId: string): AnnexData {
  if (!canRemoveRow(layout, data, rowId)) return data;
  return { ...data, rows: data.rows.filter((row) => row.id !== rowId) };
}

/** The words on the add button: "添加 7月" for monthly tables, "添加一行" for free ones; null when rows are fixed. */
export function addRowLabel(layout: AnnexLayout, data: AnnexData): string | null {
  return rowKind(layout.rows).addLabel(layout.rows, data.rows);
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
  return Object.fromEntries(
    leafColumns(layout)
      .filter(isNumeric)
      .map((c) => [c.key, codecs[c.type].sum!(rows.map((row) => row.cells[c.key] ?? ''))]),
  );
}

/** Whether the form has a computed total row (附件1/5 累计, 附件4 合计). */
export function totalLabel(layout: AnnexLayout): string | null {
  return rowKind(layout.rows).totalLabel(layout.rows);
}

/** True when nothing has been typed (fields and cells all empty). */
export function isEmptyAnnex(data: AnnexData): boolean {
  return (
    Object.values(data.fields).every((v) => v.trim() === '') &&
    data.rows.every((row) => Object.values(row.cells).every((v) => v.trim() === ''))
  );
}
