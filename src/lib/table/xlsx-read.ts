import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { excelSerialToUtcDate } from '../common/dates';
import { type ImportResult, matrixToAnnex } from './import/annex';
import { findTable, type SheetMatrix } from './import/find-table';

/**
 * Reads .xlsx/.xls files (SheetJS CE, `@e965/xlsx`, loaded on first use): `readWorkbook` gives every
 * sheet as a matrix for any table; `readXlsx` reads an annex form from the first sheet holding its
 * header.
 */

type SheetJs = typeof import('@e965/xlsx');

/**
 * Largest area read from one sheet. Only cells with a value count, so a sheet formatted down to
 * row 1 048 576 costs nothing; a file with values beyond this is refused, never cut short.
 */
export const MAX_ROWS = 100_000;
const MAX_COLS = 200;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** ZIP (.xlsx), OLE compound file (.xls), or an XML/HTML spreadsheet saved as .xls. */
export function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return true;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return true;
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<?xml') ||
    head.startsWith('<html') ||
    head.startsWith('<!doctype html') ||
    head.startsWith('<table')
  );
}

/** A numeric cell with a date format → its calendar day as a UTC-midnight Date (no time-zone drift). */
function cellValue(XLSX: SheetJs, cell: CellObject | undefined): unknown {
  if (!cell) return null;
  switch (cell.t) {
    case 'z':
      return null;
    case 'e':
      return cell.w ?? null;
    case 'd':
      return cell.v instanceof Date ? cell.v : typeof cell.v === 'string' ? new Date(cell.v) : null;
    case 'n': {
      if (typeof cell.v !== 'number') return null;
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
        return excelSerialToUtcDate(cell.v);
      }
      return cell.v;
    }
    default:
      return cell.v ?? null;
  }
}

/**
 * A sheet as rows × cells from A1; a merged area holds its value in its top-left cell only.
 * `tooLong` is set when values lie beyond MAX_ROWS (the caller refuses the file rather than drop rows).
 */
export function sheetMatrix(XLSX: SheetJs, ws: WorkSheet): unknown[][] & { tooLong?: boolean } {
  let tooLong = false;
  let maxR = -1;
  let maxC = -1;
  const cells: [number, number, unknown][] = [];
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (c >= MAX_COLS) continue;
    const value = cellValue(XLSX, ws[key] as CellObject);
    if (value === null || value === undefined || value === '') continue;
    if (r >= MAX_ROWS) {
      tooLong = true;
      continue;
    }
    cells.push([r, c, value]);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  const matrix: unknown[][] = Array.from({ length: maxR + 1 }, () =>
    Array.from({ length: maxC + 1 }, () => null),
  );
  for (const [r, c, v] of cells) matrix[r]![c] = v;
  for (const m of ws['!merges'] ?? []) {
    for (let r = m.s.r; r <= Math.min(m.e.r, maxR); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, maxC); c++)
        if (r !== m.s.r || c !== m.s.c) matrix[r]![c] = null;
    }
  }
  return Object.assign(matrix, tooLong ? { tooLong } : {});
}

export type WorkbookRead = { sheets: SheetMatrix[] } | { error: string };

/**
 * Every sheet of an .xlsx/.xls file as a matrix, in workbook order; or a message naming the file
 * when it is not a spreadsheet or a sheet is longer than MAX_ROWS (refused, never cut short).
 */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookRead> {
  const notExcel = { error: `文件“${fileName}”无法读取：不是 Excel 文件（.xlsx/.xls）` };
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length === 0 || !looksLikeSpreadsheet(u8)) return notExcel;
  const XLSX = await import('@e965/xlsx');
  let names: string[];
  let sheets: Record<string, WorkSheet>;
  try {
    const wb = XLSX.read(u8, {
      type: 'array',
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
    names = wb.SheetNames;
    sheets = wb.Sheets;
  } catch {
    return notExcel;
  }
  if (names.length === 0) return notExcel;
  const matrices = names.map((name) => ({
    name,
    matrix: sheets[name] ? sheetMatrix(XLSX, sheets[name]) : [],
  }));
  const long = matrices.find((s) => s.matrix.tooLong);
  if (long) {
    return {
      error: `文件“${fileName}”${names.length > 1 ? `工作表“${long.name}”` : ''}超过 ${MAX_ROWS} 行，本站一次最多读取 ${MAX_ROWS} 行。请把表格分成几个文件。`,
    };
  }
  return { sheets: matrices };
}

/** Reads the annex from .xlsx/.xls bytes; errors name the file, sheet (when there are several), row and column. */
export async function readXlsx(
  layout: AnnexLayout,
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<ImportResult> {
  const read = await readWorkbook(bytes, fileName);
  if ('error' in read) return { data: null, errors: [{ message: read.error }] };
  return sheetsToAnnex(layout, read.sheets, fileName);
}

/** The annex from the first sheet holding its header (messages then name the sheet when there are several). */
export function sheetsToAnnex(
  layout: AnnexLayout,
  sheets: readonly SheetMatrix[],
  fileName: string,
): ImportResult {
  const hit = sheets.find((s) => findTable(layout, s.matrix).found);
  if (hit) {
    if (sheets.length === 1) return matrixToAnnex(layout, hit.matrix, fileName);
    return { ...matrixToAnnex(layout, hit.matrix, fileName, { sheetName: hit.name }), sheetName: hit.name };
  }
  // No sheet has the header: report it for the first sheet with anything in it.
  const first = sheets.find((s) => s.matrix.length > 0) ?? sheets[0]!;
  return matrixToAnnex(layout, first.matrix, fileName);
}
