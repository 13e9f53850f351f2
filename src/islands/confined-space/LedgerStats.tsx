import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { browserStorage } from '../../lib/browser/storage';
import { DraftStore } from '../../lib/table/draft';
import { readSheets } from '../../lib/table/import';
import {
  annex4Draft,
  buildAnnex4,
  emptyLedgerStats,
  type FileChoice,
  ledgerStatsDraftSpec,
  readLedgerFile,
} from '../../lib/confined-space/statistics';
import { ReplaceDraftConfirm, useOpenInForm } from '../common/ReplaceDraftConfirm';
import { TaskStatus } from '../common/TaskStatus';
import { useLongTask } from '../common/useLongTask';
import { DraftNotices } from '../common/DraftNotices';
import { FileDrop, SPREADSHEET_ACCEPT } from '../common/FileDrop';
import { SheetTable } from '../common/SheetTable';
import { toSheet } from '../../lib/table/sheet';
import { useAutosavedDraft } from '../common/useAutosavedDraft';
import { useFileIntake } from '../common/useFileIntake';
import { afterDownload } from '../../lib/browser/wechat';

/** A county drops many 台账 files → per-file table, 行业领域 per file, 附件4 and its download. */
export default function LedgerStats({ ledger, annex4 }: { ledger: AnnexLayout; annex4: AnnexLayout }) {
  // The files' read results and the choices are a draft: a reload (WeChat reloads a page when the user
  // switches apps) brings them back. The files themselves are not kept.
  const store = useMemo(() => new DraftStore(browserStorage(), ledgerStatsDraftSpec), []);
  const draft = useAutosavedDraft({
    store,
    empty: emptyLedgerStats,
    restoredNote: () => '',
    unreadableAdvice:
      '本页仍可加入文件；点“删除无法读取的草稿，保存本页内容”后，本页的读取结果会重新自动保存。',
    saveDelay: 300,
  });
  const { files, choices } = draft.data;
  const [restored, setRestored] = useState(0);
  const [notice, setNotice] = useState('');
  const [ready, setReady] = useState(false);
  const task = useLongTask();
  useEffect(() => setReady(true), []);
  const intake = useFileIntake({
    read: async (bytes, name, id) => readLedgerFile(ledger, await readSheets(bytes, name), name, id),
    unreadable: (name, id, message) =>
      readLedgerFile(ledger, { error: `文件“${name}”无法读取（${message}）；请重新选择这个文件` }, name, id),
    added: (added, next) => draft.setData((d) => ({ ...d, files: [...d.files, ...added], next })),
    notice: setNotice,
  });
  const { addFiles, progress, nextId } = intake;

  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!draft.loaded || restoredOnce.current) return;
    restoredOnce.current = true;
    nextId.current = Math.max(nextId.current, draft.data.next);
    setRestored(draft.data.files.length);
  }, [draft.loaded]);
  const labels = annex4.rows.kind === 'fixed' ? annex4.rows.labels : [];
  const result = buildAnnex4(annex4, files, choices);

  const choose = (id: string, patch: FileChoice) =>
    draft.setData((d) => ({ ...d, choices: { ...d.choices, [id]: { ...d.choices[id], ...patch } } }));
  const remove = (id: string) => draft.setData((d) => ({ ...d, files: d.files.filter((f) => f.id !== id) }));
  const removeAll = () => {
    draft.clearDraft();
    draft.setData(emptyLedgerStats());
    setRestored(0);
  };

  const downloadXlsx = async () => {
    setNotice('');
    const out = await task.run(
      '正在生成 Excel 文件…',
      async () => {
        const [{ downloadWorkbook }, { annex4Sheets }] = await Promise.all([
          import('../../lib/table/download-workbook'),
          import('../../lib/confined-space/statistics'),
        ]);
        return downloadWorkbook(annex4Sheets(annex4, result), `附件4_${annex4.fileName}_汇总.xlsx`);
      },
      {
        failure: '生成失败',
        advice: '可以重试，或点“在表单中打开”后在附件4表单里下载 CSV。加入的文件都还在。',
      },
    );
    if (out) setNotice(!out.ok ? out.message : afterDownload(out.value.wechat, '已生成 Excel 文件。'));
  };
  const form = useOpenInForm({
    annexId: annex4.id,
    label: '附件4',
    draftFor: (existing) => annex4Draft(result, existing),
    notice: setNotice,
  });

  return (
    <div class="ledger-stats not-content" data-ready={ready ? 'true' : undefined}>
      <DraftNotices draft={draft} what="本页加入的文件" discard />
      {restored > 0 && files.length > 0 && (
        <p class="notice ledger-restored" role="status">
          已恢复上次加入的 {restored} 个文件的读取结果（文件本身不保存）。
          <button type="button" onClick={removeAll}>
            移除全部文件
          </button>
        </p>
      )}
      <section>
        <h2>1. 加入台账文件</h2>
        <FileDrop
          accept={SPREADSHEET_ACCEPT}
          onFiles={addFiles}
          progress={progress}
          notice={files.length === 0 ? notice : ''}
        >
          选择或拖入台账文件（可多选；.xlsx、.xls、.csv）
        </FileDrop>
      </section>

      {files.length > 0 && (
        <section>
          <h2>2. 核对每个文件</h2>
          <div class="ledger-table-wrap">
            <table class="ledger-files">
              <thead>
                <tr>
                  <th scope="col">文件</th>
                  <th scope="col">企业</th>
                  <th scope="col">读取行数</th>
                  <th scope="col">作业场所（处）</th>
                  <th scope="col">行业领域</th>
                  <th scope="col">是否计入</th>
                </tr>
              </thead>
              <tbody>
                {result.files.map((o) => (
                  <tr key={o.file.id} data-status={o.status}>
                    <th scope="row">{o.file.fileName}</th>
                    <td>
                      {o.file.enterprise}
                      {o.file.enterpriseFromFileName && '（文件中没有企业名称，取自文件名）'}
                    </td>
                    <td>{o.file.rows}</td>
                    <td>
                      {o.file.spaces}（高 {o.file.grades.high}、中 {o.file.grades.medium}、低{' '}
                      {o.file.grades.low}）
                    </td>
                    <td>
                      <select
                        aria-label={`${o.file.fileName} 的行业领域`}
                        value={o.industry}
                        onChange={(e) => choose(o.file.id, { industry: e.currentTarget.value })}
                      >
                        <option value="">请选择</option>
                        {labels.map((l) => (
                          <option value={l}>{l}</option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <span class={`status-${o.status}`}>{o.note}</span>
                      {o.file.problems.length > 0 && (
                        <ul class="ledger-problems">
                          {o.file.problems.slice(0, 5).map((p) => (
                            <li key={p}>{p}</li>
                          ))}
                          {o.file.problems.length > 5 && <li>另有 {o.file.problems.length - 5} 处问题</li>}
                        </ul>
                      )}
                      {(o.status === 'duplicate' || (o.duplicateOf && o.status === 'included')) && (
                        <label class="inline">
                          <input
                            type="checkbox"
                            checked={o.status === 'included'}
                            onChange={(e) => choose(o.file.id, { include: e.currentTarget.checked })}
                          />
                          仍计入（企业只计一家）
                        </label>
                      )}
                      <button type="button" onClick={() => remove(o.file.id)}>
                        移除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {files.length > 0 && (
        <section>
          <h2>3. 附件4</h2>
          <p class="ledger-total" data-included={result.included}>
            {result.totalNote}。
          </p>
          <div class="ledger-table-wrap">
            <SheetTable model={toSheet(annex4, result.data)} class="annex4-preview" />
          </div>
          <p class="ledger-actions">
            <button type="button" class="primary" onClick={downloadXlsx} disabled={task.busy !== ''}>
              下载附件4 Excel（含来源文件）
            </button>{' '}
            <button type="button" onClick={() => form.open()}>
              在表单中打开
            </button>
          </p>
          <ReplaceDraftConfirm
            form={form}
            label={'附件4'}
            question={
              '附件4表单里已有填写的内容。用这次汇总的数字替换表格中的数字吗？填报单位、填报日期、填表人、联系电话会保留。'
            }
          />
          <TaskStatus busy={task.busy} notice={notice} />
        </section>
      )}
    </div>
  );
}
