import type { AnnexLayout, Column, RowModel } from '../../../schemas/annex-layout';
import type { AnnexRow } from '../../../schemas/annex-data';

/** The part of a row kind's model a module works with, e.g. { kind: 'months', firstMonth, … }. */
export type ModelOf<K extends RowModel['kind']> = Extract<RowModel, { kind: K }>;

let counter = 0;
/** Row ids only need to be unique within a draft. */
export const newRowId = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

/** What reading rows from a spreadsheet gives a row kind: the table's rows and how to report on them. */
export interface RowReadContext {
  layout: AnnexLayout;
  /** Spreadsheet rows (0-based) between the header and the 累计/合计 or the lines below. */
  tableRows: number[];
  /** The raw value at a spreadsheet row of a column. */
  raw(row: number, key: string): unknown;
  /** The editable cells of a spreadsheet row, read by their codecs. */
  cellsOf(row: number): Record<string, string>;
  /** Editable cells all left empty. */
  editableBlank(row: number): boolean;
  /** A problem at a spreadsheet row in a column. */
  problem(row: number, key: string, message: string): void;
  /** A problem of the whole table. */
  fail(message: string): void;
  emptyCells(): Record<string, string>;
}

export interface RowRead {
  rows: AnnexRow[];
  /** The spreadsheet row each row came from, -1 for rows the file did not have (so messages can point). */
  sourceRows: number[];
}

/**
 * One kind of rows (months, free rows, fixed rows): everything that differs between them lives in
 * its module behind this interface.
 */
export interface RowKind<M extends RowModel = RowModel> {
  /** The rows of a new, empty form. */
  initial(model: M, emptyCells: () => Record<string, string>): AnnexRow[];
  /** The row `add` appends, or null when the rows are fixed. */
  next(model: M, rows: readonly AnnexRow[], emptyCells: () => Record<string, string>): AnnexRow | null;
  /** The words on the add button, or null. */
  addLabel(model: M, rows: readonly AnnexRow[]): string | null;
  canRemove(model: M, rows: readonly AnnexRow[], rowId: string): boolean;
  /** What the row prints in its label column(s): 6月 / 机械（高炉企业） / 3. */
  label(model: M, row: AnnexRow, index: number): string;
  /** How a row is named in messages: "6月", "机械（高炉企业）", "第 3 行". */
  name(model: M, row: AnnexRow, index: number): string;
  /** The text a row-label or serial column shows in this row. */
  labelCell(model: M, column: Column, row: AnnexRow, index: number): string;
  /** Columns whose one value spans all data rows (附件4 监管部门). */
  spanDown(model: M): string[];
  /** The 累计/合计 row's label, or null when the table has none. */
  totalLabel(model: M): string | null;
  /** Reads this kind's rows from a spreadsheet's table rows. */
  read(model: M, ctx: RowReadContext): RowRead;
}
