import type { AnnexLayout, ColumnType } from '../../schemas/annex-layout';
import { codecs } from './codecs';
import { type AnnexData, type AnnexRow, totalLabel, totals } from './data';
import {
  annexTitle,
  columnGroups,
  columnHeaderName,
  formLabel,
  headerDepth,
  headerGrid,
  leafColumns,
  type TableDescription,
} from './layout';
import { monthTotalNote } from './month-total-reading';
import { rowKind } from './rows';

/**
 * The one projection every output reads: a table laid out as a sheet (title, lines above, the
 * multi-level header, rows, the 累计/合计 row, notes, lines below, column types), independent of any
 * spreadsheet library. The .xlsx writer, the CSV, the print table and the copy-as-text all read a
 * SheetModel; `tableSheet` makes one for any table, `toSheet` for a filled annex form.
 */

/** What a cell is, so the writer can style it like the paper table. */
export type SheetCellKind = 'title' | 'field' | 'header' | 'label' | 'data' | 'total' | 'note';

export interface SheetCell {
  value: string | number | null;
  kind: SheetCellKind;
  /** Date cells carry YYYY-MM-DD in `value` and this flag. */
  date?: boolean;
  money?: boolean;
}

export interface Merge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A column of the sheet: its key, type and the one-line name a CSV header gives it. */
export interface SheetColumn {
  key: string;
  type: ColumnType;
  /** "企业自查自纠情况·一般隐患已整改（条）": groups and a header made unique. */
  name: string;
}

export interface SheetModel {
  /** The worksheet's name (≤ 31 characters, no []:*?/\). */
  name: string;
  columns: SheetColumn[];
  /** rows × columns; every position is filled (merged-away positions hold empty cells of the same kind) */
  rows: SheetCell[][];
  merges: Merge[];
  columnWidths: number[];
  /** 0-based index of the first header row and number of header rows */
  headerStart: number;
  headerRows: number;
  /** rows to freeze: title, fields and header */
  frozenRows: number;
  /** 0-based index of the first and last data row (total row included) */
  dataStart: number;
  dataEnd: number;
}

/** Any table as a sheet: what `tableSheet` needs. Texts are as typed; each column's codec gives the value. */
export interface TableSheet {
  name: string;
  title: string;
  table: TableDescription;
  /** Lines above the header; the texts of one line share its width ("填报单位：…", "填报日期：…"). */
  above?: string[][];
  /** One record per data row: column key → typed text (label and 序号 columns included). */
  rows: Record<string, string>[];
  /** Columns whose one value (given on the first row) spans every data row, e.g. 附件4 监管部门. */
  spanDown?: string[];
  /** The 累计/合计 row: its label (under the label columns) and a text per summed column. */
  total?: { label: string; values: Record<string, string> };
  notes?: string[];
  /** Lines below the table, like `above`. */
  below?: string[][];
  /** Notes print before the lines below (附件4) instead of after them. */
  notesBeforeBelow?: boolean;
}

/** One-row header names (CSV): groups and header joined with "·", unique (see columnHeaderName). */
export function flatHeaders(table: TableDescription): string[] {
  return leafColumns(table).map((c) =>
    [...columnGroups(table, c.key), columnHeaderName(table, c.key)].join('·'),
  );
}

const isLabelColumn = (type: ColumnType) => type === 'serial' || type === 'row-label';

/** A data row already laid out, by the record it came from: see `tableSheet`'s `cache`. */
export type SheetRowCells = WeakMap<Record<string, string>, SheetCell[]>;

/**
 * Lays out any table as the official-looking sheet. With `cache`, a data row whose record was laid out
 * before is not laid out again (its cells are shared between the sheets: read them, never change them).
 */
export function tableSheet(input: TableSheet, cache?: SheetRowCells): SheetModel {
  const cols = leafColumns(input.table);
  const width = cols.length;
  const rows: SheetCell[][] = [];
  const merges: Merge[] = [];
  const blank = (kind: SheetCellKind): SheetCell[] =>
    Array.from({ length: width }, () => ({ value: null, kind }));
  const merge = (m: Merge) => {
    if (m.rowSpan > 1 || m.colSpan > 1) merges.push(m);
  };

  rows.push(blank('title'));
  rows[0]![0] = { value: input.title, kind: 'title' };
  merge({ row: 0, col: 0, rowSpan: 1, colSpan: width });

  /** A line of texts split across the width: first on the left part, the last to the end. */
  const line = (texts: string[]) => {
    if (texts.length === 0) return;
    const r = rows.length;
    const out = blank('field');
    const part = Math.ceil(width / texts.length);
    texts.forEach((text, i) => {
      const col = i * part;
      out[col] = { value: text, kind: 'field' };
      merge({ row: r, col, rowSpan: 1, colSpan: i === texts.length - 1 ? width - col : part });
    });
    rows.push(out);
  };
  for (const texts of input.above ?? []) line(texts);

  const headerStart = rows.length;
  const depth = headerDepth(input.table);
  for (let i = 0; i < depth; i++) rows.push(blank('header'));
  for (const cell of headerGrid(input.table)) {
    rows[headerStart + cell.row]![cell.col] = { value: cell.text, kind: 'header' };
    merge({ row: headerStart + cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
  }

  const dataStart = rows.length;
  for (const row of input.rows) {
    let cells = cache?.get(row);
    if (!cells) {
      cells = cols.map((c) => ({
        ...codecs[c.type].sheet(row[c.key] ?? ''),
        kind: isLabelColumn(c.type) ? 'label' : 'data',
      }));
      cache?.set(row, cells);
    }
    rows.push(cells);
  }
  if (input.rows.length > 0) {
    for (const key of input.spanDown ?? []) {
      merge({
        row: dataStart,
        col: cols.findIndex((c) => c.key === key),
        rowSpan: input.rows.length,
        colSpan: 1,
      });
    }
  }

  if (input.total) {
    const { label, values } = input.total;
    const labelCols = cols.filter((c) => c.type === 'row-label').length;
    rows.push(
      cols.map((c, i): SheetCell => {
        if (i === 0) return { value: label, kind: 'total' };
        const text = values[c.key];
        return text === undefined
          ? { value: null, kind: 'total' }
          : { ...codecs[c.type].sheet(text), kind: 'total' };
      }),
    );
    merge({ row: rows.length - 1, col: 0, rowSpan: 1, colSpan: Math.max(1, labelCols) });
  }
  const dataEnd = rows.length - 1;

  const notes = () => {
    for (const note of input.notes ?? []) {
      const out = blank('note');
      out[0] = { value: note, kind: 'note' };
      merge({ row: rows.length, col: 0, rowSpan: 1, colSpan: width });
      rows.push(out);
    }
  };
  if (input.notesBeforeBelow) notes();
  for (const texts of input.below ?? []) line(texts);
  if (!input.notesBeforeBelow) notes();

  const names = flatHeaders(input.table);
  return {
    name: input.name,
    columns: cols.map((c, i) => ({ key: c.key, type: c.type, name: names[i]! })),
    rows,
    merges,
    columnWidths: cols.map((c) => c.width ?? Math.max(8, Math.min(14, Math.ceil(c.header.length * 1.1)))),
    headerStart,
    headerRows: depth,
    frozenRows: headerStart + depth,
    dataStart,
    dataEnd,
  };
}

/**
 * What toSheet laid out for one form, kept between calls (the print table follows a long form as it is
 * typed in): rows that are the same objects at the same place as before are not laid out again. A form's
 * rows are never changed in place (setCell makes a new row), so a row object always holds the same cells.
 * One cache per layout.
 */
export interface SheetCache {
  rows: WeakMap<AnnexRow, { index: number; record: Record<string, string> }>;
  cells: SheetRowCells;
}
export const sheetCache = (): SheetCache => ({ rows: new WeakMap(), cells: new WeakMap() });

/**
 * A filled annex form as the official table: title, 填报 line, header, rows, 累计/合计, notes (the plan's,
 * then the site's 备注（本站理解） on 家 columns' 累计), 填报人 line.
 * `cache` (one per layout) lays out only the rows that changed since the last call.
 */
export function toSheet(layout: AnnexLayout, data: AnnexData, cache?: SheetCache): SheetModel {
  const kind = rowKind(layout.rows);
  const cols = leafColumns(layout);
  const record = (row: AnnexRow, index: number) =>
    Object.fromEntries(
      cols.map((c) => [
        c.key,
        isLabelColumn(c.type) ? kind.labelCell(layout.rows, c, row, index) : (row.cells[c.key] ?? ''),
      ]),
    );
  const fieldLine = (position: 'above' | 'below') => {
    const texts = layout.fields
      .filter((f) => f.position === position)
      .map((f) => `${f.label}${f.colon}${data.fields[f.key] ?? ''}`);
    return texts.length ? [texts] : [];
  };
  const label = totalLabel(layout);
  // 本站理解 on how the 累计 of 家 columns adds up: a 备注 after the plan's own notes (see month-total-reading).
  const reading = monthTotalNote(layout);
  return tableSheet(
    {
      name: formLabel(layout).slice(0, 31),
      title: annexTitle(layout, data.fields),
      table: layout,
      above: fieldLine('above'),
      rows: data.rows.map((row, index) => {
        if (!cache) return record(row, index);
        const hit = cache.rows.get(row);
        if (hit && hit.index === index) return hit.record;
        const fresh = record(row, index);
        cache.rows.set(row, { index, record: fresh });
        return fresh;
      }),
      spanDown: kind.spanDown(layout.rows),
      total: label ? { label, values: totals(layout, data.rows) } : undefined,
      notes: reading ? [...layout.notes, reading] : layout.notes,
      below: fieldLine('below'),
      notesBeforeBelow: layout.notesBeforeFields,
    },
    cache?.cells,
  );
}
