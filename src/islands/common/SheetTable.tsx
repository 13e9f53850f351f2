import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SheetModel } from '../../lib/table/sheet';
import { type ViewCell, type ViewRowCache, sheetToHtmlRows } from '../../lib/table/sheet-view';

/**
 * The one way a page draws a table the site also writes as Excel: any sheet model (an annex, 汇总, the 附件4
 * preview) as an HTML table with its merges, column widths and header rows, so screen, print and workbook
 * cannot disagree. Cells are classed by kind (cell-title, cell-header, cell-data, cell-total, cell-field,
 * cell-note) for each page's style.
 */

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
  head: boolean;
}

/** One row; unchanged rows are not diffed again (a print table follows long forms as they are typed). */
class SheetRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    if (next.head !== this.props.head) return true;
    return next.cells !== this.props.cells && !sameCells(next.cells, this.props.cells);
  }
  render({ cells, head }: RowProps) {
    return (
      <tr>
        {cells.map((c, j) => {
          const Cell = head || c.kind === 'header' || c.kind === 'title' ? 'th' : 'td';
          return (
            <Cell key={j} colSpan={c.colSpan} rowSpan={c.rowSpan} class={`cell-${c.kind}`}>
              {text(c)}
            </Cell>
          );
        })}
      </tr>
    );
  }
}

/**
 * `model` drawn as a table: the sheet's frozen rows (title, fields, header) as its head, which repeats on every
 * printed page; rows the model shares with the previous render (toSheet's cache) are not diffed again.
 */
export function SheetTable({
  model,
  class: className,
  hidden = false,
}: {
  model: SheetModel;
  class: string;
  /** true for a table only printed (the screen shows the form instead). */
  hidden?: boolean;
}) {
  const views = useMemo<ViewRowCache>(() => new WeakMap(), []);
  const rows = sheetToHtmlRows(model, views);
  const part = (slice: ViewCell[][], head: boolean, offset: number) =>
    slice.map((row, i) => <SheetRow key={offset + i} cells={row} head={head} />);
  return (
    <table class={className} aria-hidden={hidden ? 'true' : undefined}>
      <colgroup>
        {model.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${w}em` }} />
        ))}
      </colgroup>
      <thead>{part(rows.slice(0, model.frozenRows), true, 0)}</thead>
      <tbody>{part(rows.slice(model.frozenRows), false, model.frozenRows)}</tbody>
    </table>
  );
}
