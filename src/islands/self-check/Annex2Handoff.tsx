import { useState } from 'preact/hooks';
import { browserStorage } from '../../lib/browser/storage';
import { preparedFormDraftStore } from '../../lib/table/annex-draft-spec';
import { emptyAnnex } from '../../lib/table/data';
import { ANNEX2_WHO_NOTE, annex2Columns, planAnnex2Rows, type Annex2Plan } from '../../lib/self-check/annex2';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { Tag } from '../common/Tag';

/**
 * “生成附件2行”: shows the rows the 重大 hazards become, and adds them to the 附件2 draft only when asked.
 * Used by a self-check (its hazards) and by the 隐患台账 (every 重大 hazard, open or closed).
 */
export function Annex2Handoff({
  layout,
  rows,
  what,
}: {
  layout: AnnexLayout;
  /** The 重大 hazards as 附件2 rows (annex2Row). */
  rows: () => Record<string, string>[];
  /** Whose hazards: 本次自查, 台账中 */
  what: string;
}) {
  const [plan, setPlan] = useState<Annex2Plan | null>(null);
  const [message, setMessage] = useState('');
  const headers = new Map(layout.columns.map((c) => [c.key, c.header] as const));
  const store = () => preparedFormDraftStore(browserStorage(), layout.id);
  const prepare = async () => {
    setMessage('');
    const s = await store();
    const loaded = s.load();
    if (loaded.status === 'unavailable' || loaded.status === 'unreadable') {
      setMessage(`附件2的草稿无法读取：${loaded.message}`);
      return;
    }
    const p = planAnnex2Rows(rows(), loaded.status === 'loaded' ? loaded.data : emptyAnnex(layout));
    if (p.add.length === 0) {
      setMessage(
        p.already > 0
          ? `${what}的 ${p.already} 项重大事故隐患已在附件2草稿中，没有要添加的行。`
          : `${what}没有重大事故隐患，附件2不需要添加行。`,
      );
      return;
    }
    setPlan(p);
  };
  const confirm = async () => {
    if (!plan) return;
    const s = await store();
    // Re-read now: the 附件2 draft may have changed since the preview.
    const loaded = s.load();
    const fresh = planAnnex2Rows(rows(), loaded.status === 'loaded' ? loaded.data : emptyAnnex(layout));
    const result = s.save(fresh.next);
    setPlan(null);
    setMessage(
      result.status === 'saved'
        ? `已在附件2草稿中添加 ${fresh.add.length} 行。`
        : `没有添加：${'message' in result ? result.message : '附件2草稿在另一个标签页中正被修改，请关闭后重试。'}`,
    );
  };
  return (
    <div class="sc-annex2">
      <p>
        <button type="button" onClick={prepare} aria-expanded={plan !== null}>
          生成附件2行
        </button>{' '}
        <span class="sc-note">
          把{what}的重大事故隐患加入附件2《重大事故隐患清单》草稿（先预览，确认后才改动）。
        </span>
      </p>
      {plan && (
        <div class="notice sc-annex2-preview" role="region" aria-label="将添加到附件2的行">
          <p>
            将在附件2草稿中添加以下 {plan.add.length} 行
            {plan.already > 0 && `（另有 ${plan.already} 项已在草稿中，不重复添加）`}；附件2中已有的
            {plan.next.rows.length - plan.add.length} 行保持不变。
          </p>
          <p class="sc-annex2-who">
            <Tag kind="reading" />
            {ANNEX2_WHO_NOTE}
          </p>
          <div class="sc-annex2-scroll">
            <table>
              <thead>
                <tr>
                  {annex2Columns.map((k) => (
                    <th>{headers.get(k) ?? k}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.add.map((row) => (
                  <tr>
                    {annex2Columns.map((k) => (
                      <td data-label={headers.get(k) ?? k}>{row[k]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="sc-annex2-actions">
            <button type="button" class="primary" onClick={confirm}>
              确认添加到附件2
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              取消
            </button>
          </p>
        </div>
      )}
      {message && (
        <p class="sc-note" role="status">
          {message} <a href={`/annexes/${layout.id}/`}>打开附件{layout.number}</a>
        </p>
      )}
    </div>
  );
}
