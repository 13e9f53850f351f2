import type { HeaderNode } from '../../../schemas/annex-layout';
import { codecs } from '../codecs';
import { column, columnGroups, columnPath, headerDepth, leafColumns, type TableDescription } from '../layout';
import { flatHeaders } from '../sheet';
import { cellAt, isBlank, type Matrix, normHeader } from './cells';

/** Where a table's header was found in a matrix. */
export interface HeaderMatch {
  /** first header row and first data row (0-based) */
  headerStart: number;
  dataStart: number;
  /** leaf column key → matrix column */
  columns: Record<string, number>;
  matched: number;
  /** header texts not found (a missing group is named, not its columns) */
  missing: string[];
}

/** Matches the table's multi-row header with its top row at `r0`; groups bound where their columns are looked for. */
function matchGrid(table: TableDescription, matrix: Matrix, r0: number, width: number): HeaderMatch {
  const depth = headerDepth(table);
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  let matched = 0;
  const walk = (nodes: HeaderNode[], level: number, lo: number, hi: number) => {
    let cursor = lo;
    for (const node of nodes) {
      if ('column' in node) {
        const want = normHeader(column(table, node.column).header);
        let found = -1;
        for (let c = cursor; c <= hi && found < 0; c++) {
          for (let r = r0 + level; r < r0 + depth; r++) {
            if (normHeader(cellAt(matrix, r, c)) === want) {
              found = c;
              break;
            }
          }
        }
        if (found < 0) {
          missing.push(column(table, node.column).header);
          continue;
        }
        columns[node.column] = found;
        matched += 1;
        cursor = found + 1;
        continue;
      }
      const want = normHeader(node.group);
      let start = -1;
      for (let c = cursor; c <= hi; c++) {
        if (normHeader(cellAt(matrix, r0 + level, c)) === want) {
          start = c;
          break;
        }
      }
      if (start < 0) {
        missing.push(node.group);
        continue;
      }
      // The group spans its merged (empty) cells, or cells repeating its text.
      let end = start;
      while (end + 1 <= hi) {
        const next = normHeader(cellAt(matrix, r0 + level, end + 1));
        if (next !== '' && next !== want) break;
        end += 1;
      }
      matched += 1;
      walk(node.children, level + 1, start, end);
      cursor = end + 1;
    }
  };
  walk(table.header, 0, 0, width - 1);
  return { headerStart: r0, dataStart: r0 + depth, columns, matched, missing };
}

/** Matches a single header row of flatHeaders() names (our CSV), or "group·leaf" names taken in column order. */
function matchFlat(table: TableDescription, matrix: Matrix, r0: number, width: number): HeaderMatch {
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  const unique = flatHeaders(table);
  let cursor = 0;
  for (const [index, c] of leafColumns(table).entries()) {
    const names = [
      normHeader(unique[index]),
      normHeader([...columnGroups(table, c.key), c.header].join('·')),
    ];
    let found = -1;
    for (let i = cursor; i < width; i++) {
      if (names.includes(normHeader(cellAt(matrix, r0, i)))) {
        found = i;
        break;
      }
    }
    if (found < 0) missing.push(columnPath(table, c.key));
    else {
      columns[c.key] = found;
      cursor = found + 1;
    }
  }
  return { headerStart: r0, dataStart: r0 + 1, columns, matched: Object.keys(columns).length, missing };
}

const HEADER_SEARCH_ROWS = 30;

/** Where the table's header is in the matrix, or the best attempt with the header texts it lacks. */
export function findTable(
  table: TableDescription,
  matrix: Matrix,
): { found: true; match: HeaderMatch } | { found: false; best: HeaderMatch } {
  const width = Math.max(0, ...matrix.slice(0, HEADER_SEARCH_ROWS + 5).map((row) => row?.length ?? 0));
  const leaves = leafColumns(table).length;
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, matrix.length); r++) {
    const row = matrix[r] ?? [];
    if (row.every(isBlank)) continue;
    const grid = matchGrid(table, matrix, r, width);
    if (Object.keys(grid.columns).length === leaves && grid.missing.length === 0)
      return { found: true, match: grid };
    const flat = matchFlat(table, matrix, r, width);
    if (flat.matched === leaves) return { found: true, match: flat };
    if (!best || grid.matched > best.matched) best = grid;
  }
  return { found: false, best: best ?? matchGrid(table, [], 0, 0) };
}

/** Words that mark a 累计/合计 row (never imported: totals are computed). */
export const TOTAL_WORDS = ['累计', '合计', '总计'];

export interface TableRowsOptions {
  /** The table's own total label (e.g. 累计), besides TOTAL_WORDS. */
  totalLabel?: string | null;
  /** A line below the table (备注…, 填表人：…): the table ends before it. */
  isTrailer?: (row: number) => boolean;
}

/** The table's rows: from the first data row until 累计/合计, a line below the table, or 3 empty rows. */
export function tableRows(
  table: TableDescription,
  matrix: Matrix,
  match: HeaderMatch,
  { totalLabel, isTrailer = () => false }: TableRowsOptions = {},
): { rows: number[]; totalRow: number | null; lastRow: number } {
  const cols = leafColumns(table);
  const pos = (key: string) => match.columns[key]!;
  const labelCols = cols.filter((c) => c.type === 'row-label' || c.type === 'serial');
  const words = [totalLabel, ...TOTAL_WORDS].filter(Boolean);
  const isTotal = (r: number) => {
    const texts = labelCols.map((c) => normHeader(cellAt(matrix, r, pos(c.key))));
    const firstCell = normHeader(cellAt(matrix, r, Math.min(...cols.map((c) => pos(c.key)))));
    return [...texts, firstCell].some((t) => words.includes(t));
  };
  const tableBlank = (r: number) => cols.every((c) => isBlank(cellAt(matrix, r, pos(c.key))));
  const rows: number[] = [];
  let lastRow = match.dataStart - 1;
  for (let r = match.dataStart, blanks = 0; r < matrix.length; r++) {
    if (tableBlank(r)) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (isTotal(r)) return { rows, totalRow: r, lastRow: r };
    if (isTrailer(r)) break;
    rows.push(r);
    lastRow = r;
  }
  return { rows, totalRow: null, lastRow };
}

/** A sheet as read from a file: its name and its cells from A1. */
export interface SheetMatrix {
  name: string;
  matrix: Matrix;
}

/** A table found on one sheet. */
export interface FoundTable {
  sheet: string;
  match: HeaderMatch;
  /** The 累计/合计 row, if the sheet has one (0-based), never read as data. */
  totalRow: number | null;
  /** Every data row: its spreadsheet row (0-based) and each column's text, read by the column's codec. */
  rows: { row: number; cells: Record<string, string> }[];
}

/**
 * Every sheet that holds the described table, in workbook order, with its rows read as text
 * (numbers, dates, text as a user would have typed them). Works for any table description.
 */
export function findTables(
  sheets: readonly SheetMatrix[],
  table: TableDescription,
  options: TableRowsOptions = {},
): FoundTable[] {
  const cols = leafColumns(table);
  return sheets.flatMap(({ name, matrix }) => {
    const found = findTable(table, matrix);
    if (!found.found) return [];
    const { match } = found;
    const { rows, totalRow } = tableRows(table, matrix, match, options);
    return [
      {
        sheet: name,
        match,
        totalRow,
        rows: rows.map((row) => ({
          row,
          cells: Object.fromEntries(
            cols.map((c) => [c.key, codecs[c.type].fromCell(cellAt(matrix, row, match.columns[c.key]!))]),
          ),
        })),
      },
    ];
  });
}
