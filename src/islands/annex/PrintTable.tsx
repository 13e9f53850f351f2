import type { SheetModel } from '../../lib/forms/sheet';
import { type ViewCell, sheetToHtmlRows } from '../../lib/forms/sheet-view';

const text = (c: ViewCell) =>
  c.value === null ? '' : typeof c.value === 'number' && c.money ? c.value.toFixed(2) : c.value;

/** The paper table for printing, from the same sheet model as the Excel file; title and header repeat on every page. */
export function PrintTable({ model }: { model: SheetModel }) {
  const rows = sheetToHtmlRows(model);
  const part = (slice: ViewCell[][], Cell: 'th' | 'td', offset: number) =>
    slice.map((row, i) => (
      <tr key={offset + i}>
        {row.map((c, j) => (
          <Cell key={j} colSpan={c.colSpan} rowSpan={c.rowSpan} class={`print-${c.kind}`}>
            {text(c)}
          </Cell>
        ))}
      </tr>
    ));
  return (
    <table class="annex-print" aria-hidden="true">
      <colgroup>
        {model.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${w}em` }} />
        ))}
      </colgroup>
      <thead>{part(rows.slice(0, model.frozenRows), 'th', 0)}</thead>
      <tbody>{part(rows.slice(model.frozenRows), 'td', model.frozenRows)}</tbody>
    </table>
  );
}
