import type { AnnexLayout } from '../../schemas/annex-layout';
import { EXCEL_MAX_CELL_CHARS } from '../../lib/table/codecs';
import { fieldId } from '../../lib/table/validate-annex';
import { FieldError } from '../common/ErrorSummary';

/** The 填报 fields printed at one position (title, above or below the table). */
export function FieldInputs({
  layout,
  position,
  values,
  errors,
  dateHint,
  onField,
}: {
  layout: AnnexLayout;
  position: 'above' | 'below' | 'title';
  values: Record<string, string>;
  errors: Map<string, string>;
  /** e.g. 例：2026-11-30 */
  dateHint: string;
  onField: (key: string, value: string) => void;
}) {
  return (
    <>
      {layout.fields
        .filter((f) => f.position === position)
        .map((f) => {
          const id = fieldId(f.key);
          const error = errors.get(id);
          return (
            <div class={`annex-field${error ? ' has-error' : ''}`} key={f.key}>
              <label for={id}>
                {f.label}
                {f.required && <span class="required-mark">（必填）</span>}
              </label>
              <FieldError id={id} error={error} />
              <input
                id={id}
                type={f.type === 'tel' ? 'tel' : 'text'}
                inputMode={f.type === 'date' ? 'numeric' : undefined}
                placeholder={f.type === 'date' ? dateHint : undefined}
                autoComplete={f.type === 'tel' ? 'tel' : 'off'}
                maxLength={EXCEL_MAX_CELL_CHARS}
                value={values[f.key] ?? ''}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(e) => onField(f.key, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          );
        })}
    </>
  );
}
