import type { HeaderNode } from '../../schemas/annex-layout';
import { rowName, totalLabel, totals } from '../../lib/forms/data';
import { isNumeric } from '../../lib/forms/codecs';
import { column, columnHeaderName, columnPath, leafColumns } from '../../lib/forms/layout';
import { cellId } from '../../lib/forms/validate-annex';
import { CellInput } from './CellInput';
import { FieldError } from './ErrorSummary';
import type { ViewProps } from './TableView';

/** Phone: one card per month / row, the header groups as sub-headings, one input per line. */
export function CardView({ layout, data, errors, start, end, onCell, onRemove, canRemove }: ViewProps) {
  const total = totalLabel(layout);
  const sums = total ? totals(layout, data.rows) : {};

  const renderNodes = (
    nodes: HeaderNode[],
    rowId: string,
    name: string,
    cells: Record<string, string>,
    index: number,
    level: number,
  ) =>
    nodes.map((node) => {
      if ('group' in node) {
        return (
          <fieldset class={`card-group level-${level}`} key={node.group}>
            <legend>{node.group}</legend>
            {renderNodes(node.children, rowId, name, cells, index, level + 1)}
          </fieldset>
        );
      }
      const c = column(layout, node.column);
      if (c.type === 'serial' || c.type === 'row-label') return null;
      const id = cellId(rowId, c.key);
      const error = errors.get(id);
      return (
        <div class={`card-field${error ? ' has-error' : ''}`} key={c.key}>
          <label for={id}>{columnHeaderName(layout, c.key)}</label>
          <FieldError id={id} error={error} />
          <CellInput
            id={id}
            column={c}
            value={cells[c.key] ?? ''}
            label={`${name} ${columnPath(layout, c.key)}`}
            error={error}
            row={index}
            col={0}
            onInput={(v) => onCell(rowId, c.key, v)}
          />
        </div>
      );
    });

  return (
    <div class="annex-cards">
      {data.rows.slice(start, end).map((row, i) => {
        const index = start + i;
        const name = rowName(layout, data, index);
        return (
          <section class="annex-card-row" key={row.id} aria-label={name}>
            <div class="card-head">
              <h3>{layout.rows.kind === 'fixed' ? `${layout.rows.groupValue} · ${name}` : name}</h3>
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
            </div>
            {renderNodes(layout.header, row.id, name, row.cells, index, 0)}
          </section>
        );
      })}
      {total && (
        <section class="annex-card-row total-card" aria-label={`${total}（自动计算）`}>
          <h3>
            {total}
            <small>（自动计算，不用填写）</small>
          </h3>
          <dl>
            {leafColumns(layout)
              .filter(isNumeric)
              .map((c) => (
                <div key={c.key}>
                  <dt>{columnPath(layout, c.key)}</dt>
                  <dd>
                    <output>{sums[c.key]}</output>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      )}
    </div>
  );
}
