import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import type { AnnexData } from '../../../lib/table/data';
import { sheetCache, toSheet } from '../../../lib/table/sheet';
import { PAGE_SIZE } from '../../../lib/table/paging';
import { SheetTable } from '../../common/SheetTable';

/** How long typing must pause before the print table catches up (it holds every row: longer for long tables). */
const catchUpMs = (rows: number) => (rows > PAGE_SIZE ? 2000 : 600);

/**
 * The paper table with every row, always in the page (hidden on screen by CSS), so a print
 * preview that never fires `beforeprint` still shows it. It follows the form a moment after typing
 * pauses (two seconds for a table of several pages), so long tables stay fast to type in; `beforeprint` (the 打印 button, Ctrl+P) brings it up
 * to date at once, and so does the switch to print media (a print preview that fires no event).
 * Returns the table, and `keep` while the server's HTML (the empty form's table) is still the right one.
 */
export function usePrintTable(layout: AnnexLayout, data: AnnexData) {
  const [printed, setPrinted] = useState(data);
  // The server rendered the print table of the empty form: it stays as it is (not even hydrated) until the
  // form has something else to print, so the table is not projected again while the page loads.
  const [initial] = useState(data);
  const latest = useRef(data);
  latest.current = data;
  useEffect(() => {
    if (printed === data) return;
    const timer = setTimeout(() => setPrinted(latest.current), catchUpMs(data.rows.length));
    return () => clearTimeout(timer);
  }, [data, printed]);
  useEffect(() => {
    const before = () => setPrinted(latest.current);
    const media = window.matchMedia('print');
    const onMedia = () => media.matches && before();
    window.addEventListener('beforeprint', before);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const keep = typeof window !== 'undefined' && printed === initial;
  // Catching up lays out only the rows typed in since (a 5,000-row table is not laid out again).
  const cache = useMemo(() => sheetCache(), [layout]);
  const table = useMemo(
    () => (keep ? null : <SheetTable model={toSheet(layout, printed, cache)} class="annex-print" hidden />),
    [layout, printed, keep, cache],
  );
  return { keep, table };
}
