import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import type { AnnexData } from '../../../lib/forms/data';
import { toSheet } from '../../../lib/forms/sheet';
import { PrintTable } from '../PrintTable';

/** How long typing must pause before the print table catches up (it holds every row). */
const CATCH_UP_MS = 600;

/**
 * The paper table with every row, always in the page (hidden on screen by CSS), so a print
 * preview that never fires `beforeprint` still shows it. It follows the form a moment after typing
 * pauses, so long tables stay fast to type in; `beforeprint` (the 打印 button, Ctrl+P) brings it up
 * to date at once.
 */
export function usePrintTable(layout: AnnexLayout, data: AnnexData) {
  const [printed, setPrinted] = useState(data);
  const latest = useRef(data);
  latest.current = data;
  useEffect(() => {
    if (printed === data) return;
    const timer = setTimeout(() => setPrinted(latest.current), CATCH_UP_MS);
    return () => clearTimeout(timer);
  }, [data, printed]);
  useEffect(() => {
    const before = () => setPrinted(latest.current);
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  return useMemo(() => <PrintTable model={toSheet(layout, printed)} />, [layout, printed]);
}
