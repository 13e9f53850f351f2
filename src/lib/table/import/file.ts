import type { AnnexLayout } from '../../../schemas/annex-layout';
import type { TableDescription } from '../layout';
import type { ImportResult } from './annex';
import { findTables, type FoundTable, type SheetMatrix, type TableRowsOptions } from './find-table';

/** Whether a file is read as CSV (by its name; Excel and WPS always name CSV files .csv). */
export const isCsvFile = (fileName: string) => /\.csv$/i.test(fileName.trim());

/**
 * Every sheet of a file the user picked, as matrices: .csv with papaparse (UTF-8 or GB18030) as one
 * sheet, anything else as a spreadsheet with SheetJS, which says plainly when the bytes are not one.
 * Each reader loads only when needed.
 */
export async function readSheets(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ sheets: SheetMatrix[] } | { error: string }> {
  if (isCsvFile(fileName)) return (await import('../csv')).readCsvSheet(bytes, fileName);
  return (await import('../xlsx-read')).readWorkbook(bytes, fileName);
}

/**
 * The tables a file holds for any table description, sheet by sheet (a sheet without the header is
 * left out), each row read as text by its column's codec; or a message naming the file.
 */
export async function readTables(
  bytes: Uint8Array,
  fileName: string,
  table: TableDescription,
  options?: TableRowsOptions,
): Promise<{ tables: FoundTable[] } | { error: string }> {
  const read = await readSheets(bytes, fileName);
  return 'error' in read ? read : { tables: findTables(read.sheets, table, options) };
}

/** Reads an annex form from a file the user picked (CSV or spreadsheet). */
export async function importAnnexFile(
  layout: AnnexLayout,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportResult> {
  if (isCsvFile(fileName)) return (await import('../csv')).parseCsv(layout, bytes, fileName);
  return (await import('../xlsx-read')).readXlsx(layout, bytes, fileName);
}
