import Papa from 'papaparse';
import type { AnnexLayout } from '../../schemas/annex-layout';
import type { AnnexData } from './data';
import { type ImportResult, matrixToAnnex } from './import/annex';
import type { SheetMatrix } from './import/find-table';
import { type SheetModel, toSheet } from './sheet';

/**
 * CSV of a sheet: the data rows (and the 累计/合计 row) under one header line whose names carry
 * their groups ("企业自查自纠情况·重大隐患（条）") and are unique ("企业自查自纠情况·一般隐患已整改（条）").
 * No title, fields or notes: CSV is for data. Values are the sheet's (numbers normalised, money in
 * its shortest form, dates as YYYY-MM-DD, anything that does not parse as typed).
 */

/** Text a spreadsheet would run as a formula gets a leading apostrophe (so does text that already looks neutralised). */
export function neutralise(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvText = (value: string | number | null) => (value === null ? '' : String(value));

/** The data region of any sheet as CSV text; a value merged down over data rows is repeated on each. */
export function sheetToCsv(model: SheetModel): string {
  const grid = model.rows.slice(model.dataStart, model.dataEnd + 1).map((row) => row.map((c) => c.value));
  for (const m of model.merges) {
    if (m.rowSpan < 2 || m.row < model.dataStart || m.row > model.dataEnd) continue;
    const top = grid[m.row - model.dataStart]![m.col]!;
    for (let r = m.row + 1; r < m.row + m.rowSpan && r <= model.dataEnd; r++)
      grid[r - model.dataStart]![m.col] = top;
  }
  const lines = [model.columns.map((c) => c.name), ...grid.map((row) => row.map(csvText))];
  return Papa.unparse(
    lines.map((line) => line.map(neutralise)),
    { newline: '\r\n', quotes: false },
  );
}

/** A filled annex form as CSV. */
export const toCsv = (layout: AnnexLayout, data: AnnexData): string => sheetToCsv(toSheet(layout, data));

/** UTF-8 with BOM, so Excel (Chinese Windows) opens it as UTF-8 and not as GBK. */
export function csvBytes(csv: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(csv);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** CSV bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK — what Excel on Chinese Windows saves). */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) return new TextDecoder('utf-8').decode(u8);
  if (u8[0] === 0xff && u8[1] === 0xfe) return new TextDecoder('utf-16le').decode(u8);
  if (u8[0] === 0xfe && u8[1] === 0xff) return new TextDecoder('utf-16be').decode(u8);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(u8);
  } catch {
    return new TextDecoder('gb18030').decode(u8);
  }
}

/** A CSV file as one sheet (named after the file), or a message when the bytes are not CSV text. */
export function readCsvSheet(
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
): { sheets: SheetMatrix[] } | { error: string } {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const utf16 = (u8[0] === 0xff && u8[1] === 0xfe) || (u8[0] === 0xfe && u8[1] === 0xff);
  if ((u8[0] === 0x50 && u8[1] === 0x4b) || (u8[0] === 0xd0 && u8[1] === 0xcf) || (!utf16 && u8.includes(0)))
    return { error: `文件“${fileName}”无法读取：不是 CSV 文本文件` };
  const parsed = Papa.parse<string[]>(decodeCsvBytes(u8), { skipEmptyLines: false });
  return { sheets: [{ name: fileName, matrix: parsed.data }] };
}

/** Reads an annex from CSV bytes (our CSV, or a table saved as CSV from Excel/WPS). */
export function parseCsv(
  layout: AnnexLayout,
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
): ImportResult {
  const read = readCsvSheet(bytes, fileName);
  if ('error' in read) return { data: null, errors: [{ message: read.error }] };
  return matrixToAnnex(layout, read.sheets[0]!.matrix, fileName);
}
