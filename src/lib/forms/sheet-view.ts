import type { SheetCell, SheetModel } from './sheet';

/** A cell to render as HTML (print view): merged-away positions are left out. */
export interface ViewCell extends SheetCell {
  colSpan: number;
  rowSpan: number;
}

/** Rows of the sheet with merges applied, for an HTML <table>. */
export function sheetToHtmlRows(model: SheetModel): ViewCell[][] {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of model.merges) {
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rowSpan, colSpan: m.colSpan });
    for (let r = m.row; r < m.row + m.rowSpan; r++)
      for (let c = m.col; c < m.col + m.colSpan; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  return model.rows.map((row, r) =>
    row.flatMap((cell, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      return [{ ...cell, ...span }];
    }),
  );
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
