import type { AnnexLayout } from '../../schemas/annex-layout';
import { type AnnexData, rowLabel, totalLabel, totals } from './data';
import { annexTitle, column, headerDepth, headerGrid, isNumeric, leafColumns } from './layout';
import { parseCount, parseDate, parseMoneyCents } from './values';

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

/**
 * An annex laid out as a sheet, independent of any spreadsheet library: the Excel writer,
 * the print view and the tests all read this.
 */
export interface SheetModel {
  name: string;
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

const fieldText = (layout: AnnexLayout, data: AnnexData, key: string) => {
  const f = layout.fields.find((x) => x.key === key)!;
  return `${f.label}${f.colon}${data.fields[key] ?? ''}`;
};

/** The value a data cell gets in the sheet: numbers as numbers, dates as dates, else the text. */
function cellValue(type: string, text: string): Pick<SheetCell, 'value' | 'date' | 'money'> {
  const t = text ?? '';
  if (type === 'count') {
    const n = parseCount(t);
    return { value: typeof n === 'number' ? n : t.trim() === '' ? null : t };
  }
  if (type === 'money') {
    const cents = parseMoneyCents(t);
    return typeof cents === 'number'
      ? { value: cents / 100, money: true }
      : { value: t.trim() === '' ? null : t };
  }
  if (type === 'date') {
    const d = parseDate(t);
    return typeof d === 'string' ? { value: d, date: true } : { value: t.trim() === '' ? null : t };
  }
  return { value: t === '' ? null : t };
}

/** Lays out an annex as the official table: title, 填报 line, header, rows, 累计/合计, notes, 填报人 line. */
export function toSheet(layout: AnnexLayout, data: AnnexData): SheetModel {
  const cols = leafColumns(layout);
  const width = cols.length;
  const rows: SheetCell[][] = [];
  const merges: Merge[] = [];
  const blank = (kind: SheetCellKind): SheetCell[] =>
    Array.from({ length: width }, () => ({ value: null, kind }));
  const merge = (m: Merge) => {
    if (m.rowSpan > 1 || m.colSpan > 1) merges.push(m);
  };

  // Title row, merged across.
  rows.push(blank('title'));
  rows[0]![0] = { value: annexTitle(layout, data.fields), kind: 'title' };
  merge({ row: 0, col: 0, rowSpan: 1, colSpan: width });

  /** A line of fields split across the width: first field on the left half, the rest on the right. */
  const fieldLine = (keys: string[]) => {
    if (keys.length === 0) return;
    const r = rows.length;
    const line = blank('field');
    const half = Math.ceil(width / keys.length);
    keys.forEach((key, i) => {
      const col = i * half;
      const span = i === keys.length - 1 ? width - col : half;
      line[col] = { value: fieldText(layout, data, key), kind: 'field' };
      merge({ row: r, col, rowSpan: 1, colSpan: span });
    });
    rows.push(line);
  };
  const keysAt = (position: 'above' | 'below') =>
    layout.fields.filter((f) => f.position === position).map((f) => f.key);
  fieldLine(keysAt('above'));

  // Header rows.
  const headerStart = rows.length;
  const depth = headerDepth(layout);
  for (let i = 0; i < depth; i++) rows.push(blank('header'));
  for (const cell of headerGrid(layout)) {
    rows[headerStart + cell.row]![cell.col] = { value: cell.text, kind: 'header' };
    merge({ row: headerStart + cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
  }

  // Data rows.
  const dataStart = rows.length;
  const r = layout.rows;
  data.rows.forEach((row, index) => {
    const line = cols.map((c): SheetCell => {
      if (c.type === 'serial') return { value: index + 1, kind: 'label' };
      if (c.type === 'row-label') {
        if (r.kind === 'fixed' && c.key === r.groupColumn)
          return { value: index === 0 ? r.groupValue : null, kind: 'label' };
        return { value: rowLabel(layout, data, index), kind: 'label' };
      }
      return { ...cellValue(c.type, row.cells[c.key] ?? ''), kind: 'data' };
    });
    rows.push(line);
  });
  if (r.kind === 'fixed' && data.rows.length > 0) {
    const col = cols.findIndex((c) => c.key === r.groupColumn);
    merge({ row: dataStart, col, rowSpan: data.rows.length, colSpan: 1 });
  }

  // 累计 / 合计 row.
  const label = totalLabel(layout);
  if (label) {
    const sums = totals(layout, data.rows);
    const labelCols = cols.filter((c) => c.type === 'row-label').length;
    const line = cols.map((c, i): SheetCell => {
      if (i === 0) return { value: label, kind: 'total' };
      if (isNumeric(c)) return { value: Number(sums[c.key]), kind: 'total', money: c.type === 'money' };
      return { value: null, kind: 'total' };
    });
    merge({ row: rows.length, col: 0, rowSpan: 1, colSpan: Math.max(1, labelCols) });
    rows.push(line);
  }
  const dataEnd = rows.length - 1;

  const noteLines = () => {
    for (const note of layout.notes) {
      const line = blank('note');
      line[0] = { value: note, kind: 'note' };
      merge({ row: rows.length, col: 0, rowSpan: 1, colSpan: width });
      rows.push(line);
    }
  };
  if (layout.notesBeforeFields) noteLines();
  fieldLine(keysAt('below'));
  if (!layout.notesBeforeFields) noteLines();

  const columnWidths = cols.map(
    (c) => c.width ?? Math.max(8, Math.min(14, Math.ceil(c.header.length * 1.1))),
  );
  return {
    name: `附件${layout.number}`,
    rows,
    merges,
    columnWidths,
    headerStart,
    headerRows: depth,
    frozenRows: headerStart + depth,
    dataStart,
    dataEnd,
  };
}

/** Header texts per column at the last header row's level, with their groups: used to recognise a table. */
export function headerTexts(layout: AnnexLayout): string[] {
  return leafColumns(layout).map((c) => column(layout, c.key).header);
}
