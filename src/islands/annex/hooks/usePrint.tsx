import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import type { AnnexData } from '../../../lib/forms/data';
import { toSheet } from '../../../lib/forms/sheet';
import { PrintTable } from '../PrintTable';

/**
 * The print table holds every row, so it is drawn only while printing (the browser announces a
 * print with beforeprint, for the 打印 button and Ctrl+P alike; preact's render() is synchronous).
 * Returns the ref of the element to draw into.
 */
export function usePrint(layout: AnnexLayout, data: AnnexData) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(data);
  latest.current = data;
  useEffect(() => {
    const before = () =>
      host.current && render(<PrintTable model={toSheet(layout, latest.current)} />, host.current);
    const after = () => host.current && render(null, host.current);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [layout]);
  return host;
}
