import type { SheetCell, SheetModel } from './sheet';

/** A cell to render as HTML (print view): merged-away positions are left out. */
export interface ViewCell extends SheetCell {
  colSpan: number;
  rowSpan: number;
}

/** A row without merges as view cells, by the sheet row it came from: see sheetToHtmlRows' `cache`. */
export type ViewRowCache = WeakMap<SheetCell[], ViewCell[]>;

/**
 * Rows of the sheet with merges applied, for an HTML <table>. With `cache`, a sheet row that no merge
 * touches and that was seen before (the same array: see toSheet's cache) gives the same view row.
 */
export function sheetToHtmlRows(model: SheetModel, cache?: ViewRowCache): ViewCell[][] {
  // By row: the cells a merge starts at (with its spans) and the cells it covers.
  const spans = new Map<number, Map<number, { rowSpan: number; colSpan: number }>>();
  const covered = new Map<number, Set<number>>();
  for (const m of model.merges) {
    if (!spans.has(m.row)) spans.set(m.row, new Map());
    spans.get(m.row)!.set(m.col, { rowSpan: m.rowSpan, colSpan: m.colSpan });
    for (let r = m.row; r < m.row + m.rowSpan; r++) {
      if (!covered.has(r)) covered.set(r, new Set());
      for (let c = m.col; c < m.col + m.colSpan; c++) if (r !== m.row || c !== m.col) covered.get(r)!.add(c);
    }
  }
  return model.rows.map((row, r) => {
    const starts = spans.get(r);
    const hidden = covered.get(r);
    if (!starts && !hidden?.size) {
      let view = cache?.get(row);
      if (!view) {
        view = row.map((cell) => ({ ...cell, rowSpan: 1, colSpan: 1 }));
        cache?.set(row, view);
      }
      return view;
    }
    return row.flatMap((cell, c) => {
      if (hidden?.has(c)) return [];
      const span = starts?.get(c) ?? { rowSpan: 1, colSpan: 1 };
      return [{ ...cell, ...span }];
    });
  });
}

const text = (cell: SheetCell) => {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number') return cell.money ? cell.value.toFixed(2) : String(cell.value);
  return cell.value.replace(/[\t\r\n]+/g, ' ');
};

/**
 * The table as tab-separated text (title, fields, header, rows, totals, notes) to paste into WPS or
 * Excel: the way out of WeChat's browser, where downloads fail. Merged cells repeat nothing.
 */
export function sheetToTsv(model: SheetModel): string {
  return model.rows.map((row) => row.map(text).join('\t').replace(/\t+$/, '')).join('\n');
}
