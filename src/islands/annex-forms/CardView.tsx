import { Component, type JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Column, HeaderNode } from '../../schemas/annex-layout';
import { type AnnexRow, rowName, totalLabel, totals } from '../../lib/table/data';
import { isNumeric } from '../../lib/table/codecs';
import { column, columnHeaderName, columnPath, isEditable, leafColumns } from '../../lib/table/layout';
import { foldedByDefault, keyFigures, monthChoices } from '../../lib/annex-forms/month-cards';
import { cellId } from '../../lib/table/validate-annex';
import { CellInput } from './CellInput';
import { FieldError } from '../common/ErrorSummary';
import { FieldHint } from './FieldHint';
import { rowNeedsRedraw, type ViewProps } from './TableView';

interface FieldsProps extends Pick<ViewProps, 'layout' | 'errors' | 'hints' | 'dateHint' | 'onCell'> {
  editable: Column[];
  row: AnnexRow;
  index: number;
  name: string;
}

/**
 * One card's inputs, the header groups as fieldsets. Like the table's rows, a keystroke redraws only the
 * card it was typed in.
 */
class CardFields extends Component<FieldsProps> {
  shouldComponentUpdate(next: FieldsProps) {
    return rowNeedsRedraw(this.props, next, ['row', 'index', 'name', 'dateHint', 'layout', 'onCell']);
  }

  render({ layout, row, index, name, errors, hints, dateHint, onCell }: FieldsProps) {
    const nodes = (list: HeaderNode[], level: number): (JSX.Element | null)[] =>
      list.map((node) => {
        if ('group' in node) {
          return (
            <fieldset class={`card-group level-${level}`} key={node.group}>
              <legend>{node.group}</legend>
              {nodes(node.children, level + 1)}
            </fieldset>
          );
        }
        const c = column(layout, node.column);
        if (c.type === 'serial' || c.type === 'row-label') return null;
        const id = cellId(row.id, c.key);
        const error = errors.get(id);
        const hint = hints.get(id);
        return (
          <div class={`card-field${error ? ' has-error' : ''}${hint ? ' has-hint' : ''}`} key={c.key}>
            <label for={id}>{columnHeaderName(layout, c.key)}</label>
            <FieldError id={id} error={error} />
            <CellInput
              id={id}
              column={c}
              value={row.cells[c.key] ?? ''}
              label={`${name} ${columnPath(layout, c.key)}`}
              error={error}
              hint={hint}
              dateHint={dateHint}
              row={index}
              col={0}
              onInput={(v) => onCell(row.id, c.key, v)}
            />
            <FieldHint id={id} hint={hint} />
          </div>
        );
      });
    return <>{nodes(layout.header, 0)}</>;
  }
}

/**
 * Phone: one card per month / row, the header groups as sub-headings, one input per line.
 * Monthly forms (附件1/附件5) get a month picker, fold the months already filled (showing their
 * key figures) and keep the 累计 card at the bottom of the screen as a summary.
 */
export function CardView({
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
  onMonth,
}: ViewProps & { onMonth: (month: string) => void }) {
  const total = totalLabel(layout);
  const sums = total ? totals(layout, data.rows) : {};
  const monthly = layout.rows.kind === 'months';
  const choices = monthChoices(layout, data);
  const [picked, setPicked] = useState('');
  const hasError = (rowId: string) => {
    for (const key of errors.keys()) if (key.startsWith(`cell-${rowId}-`)) return true;
    return false;
  };
  // Whether each month is open: decided when the card first appears (so a card never folds while
  // it is being typed in); adding a month folds the months before it that are filled.
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const seen = useRef<Set<string> | null>(null);
  const isOpen = (rowId: string, index: number) =>
    open[rowId] ?? !foldedByDefault(layout, data, index, hasError);
  if (monthly) {
    const first = seen.current === null;
    const fresh = data.rows.filter((r) => !seen.current?.has(r.id));
    if (fresh.length) {
      const next: Record<string, boolean> = { ...open };
      data.rows.forEach((row, index) => {
        if (first || fresh.includes(row) || !next[row.id]) next[row.id] ??= isOpen(row.id, index);
        else if (foldedByDefault(layout, data, index, hasError)) next[row.id] = false;
      });
      seen.current = new Set(data.rows.map((r) => r.id));
      setOpen(next);
    }
  }

  const editable = useMemo(() => leafColumns(layout).filter(isEditable), [layout]);
  const fields = (row: AnnexRow, index: number, name: string) => (
    <CardFields
      layout={layout}
      editable={editable}
      row={row}
      index={index}
      name={name}
      errors={errors}
      hints={hints}
      dateHint={dateHint}
      onCell={onCell}
    />
  );

  const removeButton = (rowId: string, name: string) =>
    canRemove(rowId) && (
      <button type="button" class="row-remove" onClick={() => onRemove(rowId)} aria-label={`删除${name}`}>
        删除
      </button>
    );

  const jump = () => {
    const choice = choices.find((c) => c.month === picked);
    if (!choice) return;
    if (choice.rowId) setOpen({ ...open, [choice.rowId]: true });
    onMonth(choice.month);
  };

  // The root is not a <div>: hydrating the pre-rendered table on a phone would otherwise reuse its
  // wrapper <div class="annex-table-wrap"> (hydration keeps the old attributes), a scroll box that
  // would keep the 累计 summary from sticking to the screen.
  return (
    <section class="annex-cards">
      {monthly && choices.length > 0 && (
        <div class="month-picker">
          <label for="month-picker">跳到或添加月份</label>
          <div class="month-picker-row">
            <select
              id="month-picker"
              value={picked}
              onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">选择月份</option>
              {choices.map((c) => (
                <option key={c.month} value={c.month}>
                  {c.label}
                  {c.rowId ? '（已有）' : '（添加）'}
                </option>
              ))}
            </select>
            <button type="button" onClick={jump} disabled={!picked}>
              {choices.find((c) => c.month === picked && !c.rowId) ? '添加' : '前往'}
            </button>
          </div>
        </div>
      )}
      {data.rows.slice(start, end).map((row, i) => {
        const index = start + i;
        const name = rowName(layout, data, index);
        const heading = layout.rows.kind === 'fixed' ? `${layout.rows.groupValue} · ${name}` : name;
        if (monthly) {
          const opened = isOpen(row.id, index) || hasError(row.id);
          return (
            <details
              class="annex-card-row month-card"
              key={row.id}
              open={opened}
              aria-label={name}
              onToggle={(e) => {
                const now = (e.currentTarget as HTMLDetailsElement).open;
                if (now !== opened) setOpen({ ...open, [row.id]: now });
              }}
            >
              <summary class="card-head">
                <h3>{heading}</h3>
                {!opened && <span class="key-figures">{keyFigures(layout, row.cells)}</span>}
              </summary>
              {removeButton(row.id, name)}
              {fields(row, index, name)}
            </details>
          );
        }
        return (
          <section class="annex-card-row" key={row.id} aria-label={name}>
            <div class="card-head">
              <h3>{heading}</h3>
              {removeButton(row.id, name)}
            </div>
            {fields(row, index, name)}
          </section>
        );
      })}
      {total && (
        <section
          class={`annex-card-row total-card${monthly ? ' sticky-summary' : ''}`}
          aria-label={`${total}（自动计算）`}
        >
          {monthly ? (
            <details>
              <summary>
                <strong>
                  {total}
                  <small>（自动计算）</small>
                </strong>
                <span class="key-figures">{keyFigures(layout, sums)}</span>
              </summary>
              {totalList(layout, sums)}
            </details>
          ) : (
            <>
              <h3>
                {total}
                <small>（自动计算，不用填写）</small>
              </h3>
              {totalList(layout, sums)}
            </>
          )}
        </section>
      )}
    </section>
  );
}

const totalList = (layout: ViewProps['layout'], sums: Record<string, string>) => (
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
);
