import { download, type DownloadResult } from '../browser/download';
import type { SheetModel } from './sheet';
import { buildWorkbook } from './workbook-client';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one way a page downloads a workbook: built off the main thread (buildWorkbook), then saved as
 * `fileName`. Rejects with a Chinese message when it cannot be built; islands run it through
 * `useLongTask` so the button comes back and the user is told what to do instead.
 */
export async function downloadWorkbook(
  sheets: readonly SheetModel[],
  fileName: string,
): Promise<DownloadResult> {
  const bytes = await buildWorkbook(sheets);
  return download(new Blob([bytes], { type: XLSX_MIME }), fileName);
}
