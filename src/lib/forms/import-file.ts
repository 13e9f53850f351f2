import type { AnnexLayout } from '../../schemas/annex-layout';
import type { ImportResult } from './import';

/** Whether a file is read as CSV (by its name; Excel and WPS always name CSV files .csv). */
export const isCsvFile = (fileName: string) => /\.csv$/i.test(fileName.trim());

/**
 * Reads an annex from a file the user picked: .csv with papaparse (UTF-8 or GB18030), anything
 * else as a spreadsheet with SheetJS, which says plainly when the bytes are not one. Each reader
 * loads only when needed.
 */
export async function importAnnexFile(
  layout: AnnexLayout,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportResult> {
  if (isCsvFile(fileName)) return (await import('./csv')).parseCsv(layout, bytes, fileName);
  return (await import('./xlsx-read')).readXlsx(layout, bytes, fileName);
}
