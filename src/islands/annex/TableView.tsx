import type { AnnexLayout } from '../../schemas/annex-layout';
import { type AnnexData, rowLabel, rowName, totalLabel, totals } from '../../lib/forms/data';
import { nextCell, offersNewRow } from '../../lib/forms/keyboard';
import { columnPath, headerDepth, headerGrid, isEditable, leafColumns } from '../../lib/forms/layout';
import { isNumeric } from '../../lib/forms/codecs';
import { cellId } from '../../lib/forms/validate-annex';
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
  const cols = leafColumns(layout);
  const editable = cols.filter(isEditable);
  const depth = headerDepth(layout);
  const grid = headerGrid(layout);
  const total = totalLabel(layout);
  const sums = total ? totals(layout, data.rows) : {};
  const removable = layout.rows.kind !== 'fixed';
  const r = layout.rows;
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
          {data.rows.slice(start, end).map((row, i) => {
            const index = start + i;
            const name = rowName(layout, data, index);
            let editCol = 0;
            return (
              <tr key={row.id}>
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
                        <th scope="rowgroup" rowSpan={data.rows.length} key={c.key}>
                          {r.groupValue}
                        </th>
                      ) : null;
                    }
                    return (
                      <th scope="row" key={c.key} class={c === cols[0] ? 'sticky-col' : undefined}>
                        {rowLabel(layout, data, index)}
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
                        label={`${name} ${columnPath(layout, c.key)}`}
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
                    {canRemove(row.id) && (
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
          })}
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
                      <output aria-label={`${total} ${columnPath(layout, c.key)}`}>{sums[c.key]}</output>
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
