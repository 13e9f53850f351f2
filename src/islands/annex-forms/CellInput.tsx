import type { Column } from '../../schemas/annex-layout';
import { EXCEL_MAX_CELL_CHARS } from '../../lib/table/codecs';

export interface CellInputProps {
  id: string;
  column: Column;
  value: string;
  /** Accessible name: row and column, e.g. "6月 企业自查自纠情况 · 已整改（条）". */
  label: string;
  error?: string;
  /** a hint (not an error), shown by the view in `${id}-hint` */
  hint?: string;
  /** the date example shown in an empty date cell */
  dateHint?: string;
  row: number;
  col: number;
  onInput: (value: string) => void;
}

const inputMode = (c: Column) =>
  c.type === 'count' ? 'numeric' : c.type === 'money' ? 'decimal' : undefined;
const placeholder = (c: Column, dateHint = '年-月-日') =>
  c.type === 'date'
    ? dateHint
    : c.type === 'date-or-text'
      ? `${dateHint} 或 立即整改`
      : c.type === 'money'
        ? '0.00'
        : undefined;

/** One editable cell. Text inputs keep whatever is typed, so a mistake is shown, never lost. */
export function CellInput({
  id,
  column,
  value,
  label,
  error,
  hint,
  dateHint,
  row,
  col,
  onInput,
}: CellInputProps) {
  const common = {
    id,
    'aria-label': label,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    'data-row': row,
    'data-col': col,
    class: `cell-input cell-${column.type}${error ? ' has-error' : ''}`,
  };
  if (column.type === 'enum') {
    const options = column.options ?? [];
    return (
      <select
        {...common}
        value={value}
        onChange={(e) => onInput((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">请选择</option>
        {options.map((o) => (
          <option value={o} key={o}>
            {o}
          </option>
        ))}
        {value && !options.includes(value) && <option value={value}>{value}（无效）</option>}
      </select>
    );
  }
  const Tag = column.type === 'text' && (column.width ?? 0) >= 20 ? 'textarea' : 'input';
  return (
    <Tag
      {...common}
      type={Tag === 'input' ? 'text' : undefined}
      rows={Tag === 'textarea' ? 2 : undefined}
      inputMode={inputMode(column)}
      placeholder={placeholder(column, dateHint)}
      autoComplete="off"
      maxLength={EXCEL_MAX_CELL_CHARS}
      value={value}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
    />
  );
}
