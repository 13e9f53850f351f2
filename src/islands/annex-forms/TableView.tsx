import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import type { AnnexLayout, Column } from '../../schemas/annex-layout';
import { type AnnexData, type AnnexRow, rowLabel, rowName, totalLabel, totals } from '../../lib/table/data';
import { nextCell, offersNewRow } from '../../lib/table/keyboard';
import { columnPath, headerDepth, headerGrid, isEditable, leafColumns } from '../../lib/table/layout';
import { isNumeric } from '../../lib/table/codecs';
import { cellId } from '../../lib/table/validate-annex';
import { CellInput } from './CellInput';
import { FieldHint } from './FieldHint';

export interface ViewProps {
  layout: AnnexLayout;
  data: AnnexData;
  /** first message per input id */
  errors: Map<string, string>;
  /** hints (not errors) per input id */
  hints: Map<string, string>;
  /** the example in an empty date input */
  dateHint: string;
  /** the rows of the current page: [start, end) */
  start: number;
  end: number;
  onCell: (rowId: string, key: string, value: string) => void;
  onRemove: (rowId: string) => void;
  canRemove: (rowId: string) => boolean;
}

/**
 * Whether a row's inputs would show another error or hint. Typing in one cell of a long table gives new
 * error and hint maps on every keystroke; each row looks up only its own cells.
 */
export function marksChanged(
  cols: readonly Column[],
  rowId: string,
  before: { errors: Map<string, string>; hints: Map<string, string> },
  after: { errors: Map<string, string>; hints: Map<string, string> },
): boolean {
  if (before.errors === after.errors && before.hints === after.hints) return false;
  for (const c of cols) {
    const id = cellId(rowId, c.key);
    if (before.errors.get(id) !== after.errors.get(id) || before.hints.get(id) !== after.hints.get(id))
      return true;
  }
  return false;
}

/**
 * Whether a row (or card) of inputs must redraw: one of the named props changed, or its own cells got
 * another error or hint. Shared by the table's rows and the phone's cards.
 */
export function rowNeedsRedraw<
  P extends {
    row: AnnexRow;
    editable: readonly Column[];
    errors: Map<string, string>;
    hints: Map<string, string>;
  },
>(prev: P, next: P, keys: readonly (keyof P)[]): boolean {
  return keys.some((k) => prev[k] !== next[k]) || marksChanged(next.editable, next.row.id, prev, next);
}

/** A row takes the view's layout, marks and callbacks, and its own row, place and columns. */
interface RowProps extends Pick<
  ViewProps,
  'layout' | 'errors' | 'hints' | 'dateHint' | 'onCell' | 'onRemove'
> {
  /** leaf columns, and the editable ones */
  cols: Column[];
  editable: Column[];
  /** each column's accessible name (columnPath) */
  paths: Map<string, string>;
  row: AnnexRow;
  index: number;
  name: string;
  label: string;
  /** rows spanned by a fixed table's group cell (first row only) */
  rowCount: number;
  removable: boolean;
  canRemove: boolean;
}

/**
 * One row of inputs. A keystroke redraws only its own row: the others are skipped unless their row,
 * place, errors or hints changed (the form passes callbacks that stay the same between renders).
 */
class TableRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    return rowNeedsRedraw(this.props, next, [
      'row',
      'index',
      'name',
      'label',
      'rowCount',
      'dateHint',
      'canRemove',
      'layout',
      'onCell',
      'onRemove',
    ]);
  }

  render({
    layout,
    cols,
    paths,
    row,
    index,
    name,
    label,
    rowCount,
    errors,
    hints,
    dateHint,
    removable,
    canRemove,
    onCell,
    onRemove,
  }: RowProps) {
    const r = layout.rows;
    let editCol = 0;
    return (
      <tr>
        {cols.map((c) => {
          if (c.type === 'serial')
            return (
              <th scope="row" key={c.key} class="sticky-col">
                {index + 1}
              </th>
            );
          if (c.type === 'row-label') {
            if (r.kind === 'fixed' && c.key === r.groupColumn) {
              return index === 0 ? (
                <th scope="rowgroup" rowSpan={rowCount} key={c.key}>
                  {r.groupValue}
                </th>
              ) : null;
            }
            return (
              <th scope="row" key={c.key} class={c === cols[0] ? 'sticky-col' : undefined}>
                {label}
              </th>
            );
          }
          const id = cellId(row.id, c.key);
          const col = editCol++;
          const hint = hints.get(id);
          return (
            <td key={c.key} class={hint ? 'has-hint' : undefined}>
              <CellInput
                id={id}
                column={c}
                value={row.cells[c.key] ?? ''}
                label={`${name} ${paths.get(c.key)}`}
                error={errors.get(id)}
                hint={hint}
                dateHint={dateHint}
                row={index}
                col={col}
                onInput={(v) => onCell(row.id, c.key, v)}
              />
              <FieldHint id={id} hint={hint} />
            </td>
          );
        })}
        {removable && (
          <td class="action-col">
            {canRemove && (
              <button
                type="button"
                class="row-remove"
                onClick={() => onRemove(row.id)}
                aria-label={`删除${name}`}
              >
                删除
              </button>
            )}
          </td>
        )}
      </tr>
    );
  }
}

/** Desktop: the official table, every cell an input; arrows/Enter move between cells. */
export function TableView({
  layout,
  data,
  errors,
  hints,
  dateHint,
  start,
  end,
  onCell,
  onRemove,
  canRemove,
  onLastRowEnter,
}: ViewProps & { onLastRowEnter: () => void }) {
  const { cols, editable, paths, depth, grid } = useMemo(() => {
    const cols = leafColumns(layout);
    return {
      cols,
      editable: cols.filter(isEditable),
      paths: new Map(cols.map((c) => [c.key, columnPath(layout, c.key)])),
      depth: headerDepth(layout),
      grid: headerGrid(layout),
    };
  }, [layout]);
  const total = totalLabel(layout);
  const sums = useMemo(() => (total ? totals(layout, data.rows) : {}), [layout, data.rows, total]);
  const removable = layout.rows.kind !== 'fixed';
  // Lists with a long description (附件2/附件3) fit the page width: fixed narrow columns, the description wide.
  const fit = cols.some((c) => c.type === 'text' && (c.width ?? 0) >= 20);

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLInputElement;
    if (!el.dataset?.row) return;
    const isText = el.tagName !== 'SELECT';
    const at = {
      key: e.key,
      shift: e.shiftKey,
      row: Number(el.dataset.row),
      col: Number(el.dataset.col),
      rows: data.rows.length,
      cols: editable.length,
      caretAtStart: !isText || (el.selectionStart === 0 && el.selectionEnd === 0),
      caretAtEnd: !isText || el.selectionEnd === el.value.length,
      multiline:
        el.tagName === 'TEXTAREA' ||
        (el.tagName === 'SELECT' && (e.key === 'ArrowUp' || e.key === 'ArrowDown')),
    };
    if (offersNewRow(at)) {
      e.preventDefault();
      onLastRowEnter();
      return;
    }
    const move = nextCell(at);
    if (!move) return;
    const target = (e.currentTarget as HTMLElement).querySelector<HTMLElement>(
      `[data-row="${move.row}"][data-col="${move.col}"]`,
    );
    if (target) {
      e.preventDefault();
      target.focus();
      if (target instanceof HTMLInputElement) target.select();
    }
  };

  return (
    <div class="annex-table-wrap" tabIndex={-1}>
      <table class={`annex-table${fit ? ' fit' : ''}`} onKeyDown={onKeyDown as never}>
        {fit && (
          <colgroup>
            {cols.map((c) => (
              <col key={c.key} class={`col-${c.type === 'text' && (c.width ?? 0) >= 20 ? 'wide' : c.type}`} />
            ))}
            {removable && <col class="col-action" />}
          </colgroup>
        )}
        <thead>
          {Array.from({ length: depth }, (_, row) => (
            <tr key={row}>
              {grid
                .filter((c) => c.row === row)
                .map((c) => (
                  <th
                    key={`${c.row}-${c.col}`}
                    colSpan={c.colSpan}
                    rowSpan={c.rowSpan}
                    scope={c.column ? 'col' : 'colgroup'}
                    class={c.col === 0 ? 'sticky-col' : undefined}
                  >
                    {c.text}
                  </th>
                ))}
              {removable && row === 0 && (
                <th rowSpan={depth} class="action-col">
                  <span class="visually-hidden">操作</span>
                </th>
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {data.rows.slice(start, end).map((row, i) => (
            <TableRow
              key={row.id}
              layout={layout}
              cols={cols}
              editable={editable}
              paths={paths}
              row={row}
              index={start + i}
              name={rowName(layout, data, start + i)}
              label={rowLabel(layout, data, start + i)}
              rowCount={data.rows.length}
              errors={errors}
              hints={hints}
              dateHint={dateHint}
              removable={removable}
              canRemove={removable && canRemove(row.id)}
              onCell={onCell}
              onRemove={onRemove}
            />
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr class="total-row">
              <th scope="row" colSpan={cols.filter((c) => c.type === 'row-label').length}>
                {total}
                <span class="visually-hidden">（自动计算）</span>
              </th>
              {cols
                .filter((c) => c.type !== 'row-label')
                .map((c) => (
                  <td key={c.key}>
                    {isNumeric(c) ? (
                      <output aria-label={`${total} ${paths.get(c.key)}`}>{sums[c.key]}</output>
                    ) : null}
                  </td>
                ))}
              {removable && <td class="action-col" />}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
