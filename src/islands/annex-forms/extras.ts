import type { AnnexLayout } from '../../schemas/annex-layout';
import type { AnnexData } from '../../lib/table/data';
import type { SheetModel } from '../../lib/table/sheet';

/**
 * Sheets a form's .xlsx carries besides the official one, named by the page (props must be plain
 * data): `confined-space-reasons` adds 分级依据 to the 台账 (附件3) from the grading page's draft.
 * Loaded on click, so the form page's first load does not grow.
 */
export type ExportExtras = 'confined-space-reasons';

export async function workbookSheets(
  layout: AnnexLayout,
  data: AnnexData,
  extras: ExportExtras | undefined,
): Promise<SheetModel[]> {
  const { toSheet } = await import('../../lib/table/sheet');
  if (extras !== 'confined-space-reasons') return [toSheet(layout, data)];
  const [{ ledgerSheets, reasonsDraftSpec, emptyReasons }, { DraftStore }, { browserStorage }] =
    await Promise.all([
      import('../../lib/confined-space/ledger'),
      import('../../lib/table/draft'),
      import('../../lib/browser/storage'),
    ]);
  const stored = new DraftStore(browserStorage(), reasonsDraftSpec).load();
  return ledgerSheets(layout, data, stored.status === 'loaded' ? stored.data : emptyReasons());
}
