import { ErrorSummary } from '../common/ErrorSummary';
import type { ImportState } from './hooks/useImport';

/** A failed import's problems (nothing changed), or a read file waiting for 确认导入. */
export function ImportPanel({
  imported,
  focusKey,
  onConfirm,
  onCancel,
}: {
  imported: ImportState;
  focusKey: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (imported.state === 'failed')
    return (
      <ErrorSummary
        id="import-error-summary"
        title={`无法导入“${imported.fileName}”，当前草稿没有改动`}
        errors={imported.errors}
        focusKey={focusKey}
      />
    );
  if (imported.state === 'ready')
    return (
      <div class="notice import-confirm" role="alert" tabIndex={-1}>
        <p>
          “{imported.fileName}”读取成功：{imported.data.rows.length} 行。导入会<strong>替换</strong>
          当前草稿。
        </p>
        {imported.notes.length > 0 && (
          <ul class="import-notes">
            {imported.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <button type="button" class="primary" onClick={onConfirm}>
          确认导入
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    );
  return null;
}
