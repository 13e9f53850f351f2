import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SheetModel } from '../../lib/table/sheet';
import { type ViewCell, type ViewRowCache, sheetToHtmlRows } from '../../lib/table/sheet-view';

const text = (c: ViewCell) =>
  c.value === null ? '' : typeof c.value === 'number' && c.money ? c.value.toFixed(2) : c.value;

const sameCells = (a: ViewCell[], b: ViewCell[]) =>
  a.length === b.length &&
  a.every((c, i) => {
    const d = b[i]!;
    return (
      c.value === d.value &&
      c.kind === d.kind &&
      c.money === d.money &&
      c.colSpan === d.colSpan &&
      c.rowSpan === d.rowSpan
    );
  });

interface RowProps {
  cells: ViewCell[];
  Cell: 'th' | 'td';
}

/** One printed row; unchanged rows are not diffed again (the print table follows long forms). */
class PrintRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    if (next.Cell !== this.props.Cell) return true;
    return next.cells !== this.props.cells && !sameCells(next.cells, this.props.cells);
  }
  render({ cells, Cell }: RowProps) {
    return (
      <tr>
        {cells.map((c, j) => (
          <Cell key={j} colSpan={c.colSpan} rowSpan={c.rowSpan} class={`print-${c.kind}`}>
            {text(c)}
          </Cell>
        ))}
      </tr>
    );
  }
}

/**
 * The paper table for printing, from the same sheet model as the Excel file; title and header repeat on
 * every page. Rows the model shares with the previous one (toSheet's cache) keep their view rows and are
 * not diffed again.
 */
export function PrintTable({ model }: { model: SheetModel }) {
  const views = useMemo<ViewRowCache>(() => new WeakMap(), []);
  const rows = sheetToHtmlRows(model, views);
  const part = (slice: ViewCell[][], Cell: 'th' | 'td', offset: number) =>
    slice.map((row, i) => <PrintRow key={offset + i} cells={row} Cell={Cell} />);
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
