import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { fetchChecklistSource } from '../../lib/self-check/fetch-data';
import { fetchAnnexLayouts } from '../../lib/table/fetch-layouts';
import { download } from '../../lib/browser/download';
import { afterDownload } from '../../lib/browser/wechat';
import { browserStorage } from '../../lib/browser/storage';
import { formLabel } from '../../lib/table/layout';
import { toSheet } from '../../lib/table/sheet';
import { sheetToTsv } from '../../lib/table/sheet-view';
import {
  buildSummary,
  chooseWholeFile,
  coverage,
  duplicateUnits,
  emptyFilesDraft,
  filesDraftStore,
  leftOutList,
  NONE_CHOSEN,
  isSelfCheckFile,
  readReceived,
  restoredFiles,
  restoredSummaryNote,
  statusLabels,
  summaryDraft,
  summaryStorageMessage,
  unitShown,
  unreadableFile,
  wholeFileChosen,
  withChoices,
  withFiles,
  withoutFile,
  type DuplicateGroup,
} from '../../lib/summary';
import { CopyFallback, useCopyAsText } from '../common/CopyAsText';
import { DraftNotices, UNREADABLE_DISCARD } from '../common/DraftNotices';
import { ErrorSummary } from '../common/ErrorSummary';
import { FileDrop, SPREADSHEET_ACCEPT } from '../common/FileDrop';
import { SheetTable } from '../common/SheetTable';
import { ReplaceDraftConfirm, useOpenInForm } from '../common/ReplaceDraftConfirm';
import { useAutosavedDraft } from '../common/useAutosavedDraft';
import { useFileIntake } from '../common/useFileIntake';
import { TaskStatus } from '../common/TaskStatus';
import { useLongTask } from '../common/useLongTask';

const fileRowId = (id: string) => `summary-file-${id}`;
const TRY_INSTEAD = '可以重试，或点“下载汇总表 CSV”“复制汇总表文字”。加入的文件都还在。';
const OTHER_WAY = '或点“复制汇总表文字”后粘贴到 WPS、Excel';

/**
 * A county bureau drops the files it received → a table per file (填报单位, 填报日期, months or rows,
 * what it adds, problems, status), duplicate choices, the combined annex, its downloads and
 * "在表单中打开". Reading and adding up live in src/lib/summary; this only renders and wires events.
 */
export default function AnnexSummary({
  layout,
  selfCheckFiles = false,
}: {
  layout: AnnexLayout;
  /** 附件1: enterprises' self-check and 隐患台账 files (.json) count too; their checklists are read on demand. */
  selfCheckFiles?: boolean;
}) {
  // The files' read results and the duplicate choices are a draft: a reload (WeChat reloads a page when
  // the user switches apps) brings them back. The files themselves are not kept.
  const store = useMemo(() => filesDraftStore(browserStorage(), layout.id), [layout.id]);
  const draft = useAutosavedDraft({
    store,
    empty: () => emptyFilesDraft(layout),
    restoredNote: () => '',
    unreadableAdvice: `本页仍可加入文件汇总；点“${UNREADABLE_DISCARD}”后，本页的读取结果会重新自动保存。`,
    saveDelay: 300,
  });
  const { data: kept, setData: setKept } = draft;
  const files = useMemo(() => restoredFiles(layout, kept), [layout, kept.files, kept.columns]);
  const choices = kept.choices;
  const [restored, setRestored] = useState(0);
  const task = useLongTask();
  const [notice, setNotice] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // A file that cannot be read becomes a row saying so; should the batch itself fail, that is said and
  // the drop zone comes back, with the files added before untouched.
  const { addFiles, progress, setProgress, busy, nextId } = useFileIntake({
    // A .json file needs the checklists (to tell 一般 from 重大), fetched from the site the first time one comes.
    read: async (bytes, name, id) =>
      readReceived(layout, bytes, name, id, {
        // Every annex's layout, to say a file is another annex: read from the site with the first file.
        others: await fetchAnnexLayouts(),
        selfCheck: selfCheckFiles && isSelfCheckFile(name) ? await fetchChecklistSource() : null,
      }),
    unreadable: (name, id, message) => unreadableFile(name, id, message),
    added: (added, next) => setKept((d) => withFiles(d, added, next)),
    notice: setNotice,
  });
  // Once the draft is restored: file ids go on from the stored ones, and the page says what came back.
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!draft.loaded || restoredOnce.current) return;
    restoredOnce.current = true;
    nextId.current = Math.max(nextId.current, kept.next);
    if (kept.files.length) setRestored(kept.files.length);
  }, [draft.loaded]);
  const label = formLabel(layout);
  const result = useMemo(() => buildSummary(layout, files, choices), [layout, files, choices]);
  const leftOut = leftOutList(result);
  const sheet = useMemo(() => toSheet(layout, result.data), [layout, result]);
  const monthly = layout.rows.kind === 'months';

  const remove = (id: string) => setKept((d) => withoutFile(d, id));
  const setChoices = (next: (c: Record<string, string>) => Record<string, string>) =>
    setKept((d) => withChoices(d, next(d.choices)));
  const clear = () => {
    draft.clearDraft();
    setKept(emptyFilesDraft(layout));
    setRestored(0);
    setProgress('');
    setNotice('');
  };

  const base = `${label}_${layout.fileName}_汇总`;
  const downloadXlsx = async () => {
    setNotice('');
    const out = await task.run(
      '正在生成汇总 Excel 文件…',
      async () => {
        const [{ downloadWorkbook }, { summarySheets }] = await Promise.all([
          import('../../lib/table/download-workbook'),
          import('../../lib/summary/combine'),
        ]);
        return downloadWorkbook(summarySheets(layout, result), `${base}.xlsx`);
      },
      { failure: '生成失败', advice: TRY_INSTEAD },
    );
    if (out)
      setNotice(
        !out.ok
          ? out.message
          : afterDownload(
              out.value.wechat,
              '已生成 Excel 文件（第一张工作表是汇总表，第二张是来源文件）。',
              OTHER_WAY,
            ),
      );
  };
  const downloadCsv = async (which: 'annex' | 'sources') => {
    setNotice('');
    const name = which === 'annex' ? `${base}.csv` : `${base}_来源文件.csv`;
    const out = await task.run(
      '正在生成 CSV 文件…',
      async () => {
        const [{ csvBytes, sheetToCsv }, { summarySheets }] = await Promise.all([
          import('../../lib/table/csv'),
          import('../../lib/summary/combine'),
        ]);
        const sheets = summarySheets(layout, result);
        const model = which === 'annex' ? sheets[0]! : sheets[1]!;
        return download(csvBytes(sheetToCsv(model)), name, 'text/csv');
      },
      { failure: '生成失败', advice: '可以重试，或点“复制汇总表文字”。' },
    );
    if (out)
      setNotice(
        !out.ok ? out.message : afterDownload(out.value.wechat, `已生成 CSV 文件“${name}”。`, OTHER_WAY),
      );
  };
  // WeChat's browser cannot download: the table as text to paste into WPS or Excel.
  const copier = useCopyAsText(setNotice);
  const copyTable = () => copier.copy(sheetToTsv(sheet), '汇总表文本');
  const form = useOpenInForm({
    annexId: layout.id,
    label: label,
    draftFor: (existing) => summaryDraft(result.data, existing),
    notice: setNotice,
  });

  // Only when the files or choices change: progress updates while more files are read do not redraw 500 rows.
  const fileRows = useMemo(
    () =>
      result.files.map((o) => {
        const f = o.file;
        const said = [...(f.other ? [f.other] : []), ...f.problems, ...f.notices];
        return (
          <tr key={f.id} id={fileRowId(f.id)} tabIndex={-1} data-status={o.status}>
            <th scope="row" data-label="文件" class="col-file">
              {f.fileName}
              {f.source === 'self-check' && <span class="summary-kind">（企业自查文件）</span>}
              {f.source === 'register' && <span class="summary-kind">（企业隐患台账文件）</span>}
            </th>
            <td data-label="填报单位">{unitShown(f)}</td>
            <td data-label="填报日期" class="col-date">
              {f.date}
            </td>
            <td data-label={monthly ? '月份' : '行数'} class="col-months">
              {coverage(layout, f)}
            </td>
            <td data-label="计入内容">{o.counted}</td>
            <td data-label="问题" class="col-problems">
              {said.length > 0 && (
                <ul class="summary-problems">
                  {said.slice(0, 5).map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                  {said.length > 5 && <li>另有 {said.length - 5} 处问题</li>}
                </ul>
              )}
            </td>
            <td data-label="状态">
              <span class={`summary-status status-${o.status}`}>{statusLabels[o.status]}</span>
              {o.note !== statusLabels[o.status] && (
                <span class="summary-note">{o.note.replace(`${statusLabels[o.status]}；`, '')}</span>
              )}
              <button type="button" onClick={() => remove(f.id)} aria-label={`移除 ${f.fileName}`}>
                移除
              </button>
            </td>
          </tr>
        );
      }),
    [result],
  );
  const nameOf = (id: string) => files.find((f) => f.id === id)?.fileName ?? id;
  const dateOf = (id: string) => {
    const date = files.find((f) => f.id === id)?.date;
    return date ? `（填报日期 ${date}）` : '（无填报日期）';
  };
  /** The choice for one duplicate group (a 填报单位 and month, or a 填报单位 in 附件2). */
  const groupChoice = (g: DuplicateGroup) => (
    <fieldset key={g.key} class="summary-choice">
      <legend>{g.label}</legend>
      {[...g.files, NONE_CHOSEN].map((id) => (
        <label key={id} class="inline">
          <input
            type="radio"
            name={`dup-${g.key}`}
            value={id}
            checked={id === NONE_CHOSEN ? g.chosen === null : g.chosen === id}
            onChange={() => setChoices((c) => ({ ...c, [g.key]: id }))}
          />
          {id === NONE_CHOSEN ? (
            '都不计入'
          ) : (
            <>
              {nameOf(id)}
              {dateOf(id)}
            </>
          )}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div class="annex-summary not-content" data-ready={ready && draft.loaded ? 'true' : undefined}>
      {restored > 0 && files.length > 0 && (
        <div class="notice summary-restored" role="status">
          <p>
            {restoredSummaryNote(restored, '')}
            原文件没有保存在浏览器里；要重新读取，请先清除再加入文件。
          </p>
          <button type="button" onClick={clear}>
            清除上次的读取结果
          </button>
        </div>
      )}
      <DraftNotices draft={draft} what={`${label}的汇总`} discard problem={summaryStorageMessage} />
      {leftOut.length > 0 && (
        <ErrorSummary
          id="summary-errors"
          title={`有 ${leftOut.length} 个文件未计入或部分未计入`}
          errors={leftOut.map((e) => ({ message: e.message, target: fileRowId(e.id) }))}
        />
      )}

      <section class="summary-add">
        <h2>1. 加入收到的文件</h2>
        <FileDrop
          disabled={busy}
          accept={`${SPREADSHEET_ACCEPT},.json,application/json`}
          onFiles={addFiles}
          progress={progress}
          notice={files.length === 0 ? notice : ''}
        >
          选择或拖入{label}文件（可多选；.xlsx、.xls、.csv
          {monthly && selfCheckFiles ? '，以及企业自查文件、隐患台账文件 .json' : ''}）
        </FileDrop>
      </section>

      {files.length > 0 && (
        <section class="summary-files-section">
          <h2>2. 核对每个文件</h2>
          <p>
            <button type="button" onClick={clear}>
              移除全部文件
            </button>
          </p>
          {result.possibleDuplicates.length > 0 && (
            <div class="notice summary-possible">
              <p>下面的文件可能重复（都已计入），请核对：</p>
              <ul>
                {result.possibleDuplicates.map((d) => (
                  <li key={d.files.join('|')}>
                    <a href={`#${fileRowId(d.files[0])}`}>{d.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="summary-table-wrap">
            <table class="summary-files">
              <caption>加入的 {files.length} 个文件</caption>
              <thead>
                <tr>
                  <th scope="col" class="col-file">
                    文件
                  </th>
                  <th scope="col" class="col-unit">
                    填报单位
                  </th>
                  <th scope="col" class="col-date">
                    填报日期
                  </th>
                  <th scope="col" class="col-months">
                    {monthly ? '月份' : '行数'}
                  </th>
                  <th scope="col" class="col-counted">
                    计入内容
                  </th>
                  <th scope="col" class="col-problems">
                    问题
                  </th>
                  <th scope="col" class="col-status">
                    状态
                  </th>
                </tr>
              </thead>
              <tbody>{fileRows}</tbody>
            </table>
          </div>
        </section>
      )}

      {result.groups.length > 0 && (
        <section class="summary-duplicates">
          <h2>3. 重复的文件：选择计入哪一个</h2>
          <p>
            同一填报单位{monthly ? '同一月份' : ''}
            出现在几个文件里时只计入一个。默认计入填报日期较晚的文件；日期相同或没有日期时都不计入，请选择。
          </p>
          {monthly
            ? duplicateUnits(result).map((u) => (
                <div key={u.unit} class="summary-unit">
                  <fieldset class="summary-whole">
                    <legend>{u.unit}：整份文件计入哪一个</legend>
                    <p class="summary-whole-hint">
                      一次选定这个填报单位重复的所有月份；也可以在下面逐月选择。
                    </p>
                    <ul>
                      {u.files.map((id) => {
                        const chosen = wholeFileChosen(u, id);
                        return (
                          <li key={id}>
                            <span>
                              {nameOf(id)}
                              {dateOf(id)}
                            </span>{' '}
                            <button
                              type="button"
                              aria-pressed={chosen}
                              aria-label={`${nameOf(id)}：整份文件计入这一个`}
                              onClick={() => setChoices((c) => chooseWholeFile(u.groups, id, c))}
                            >
                              整份文件计入这一个
                            </button>
                            {chosen && <span class="summary-whole-chosen">（重复的月份都计入这一个）</span>}
                          </li>
                        );
                      })}
                    </ul>
                  </fieldset>
                  {u.groups.map(groupChoice)}
                </div>
              ))
            : result.groups.map(groupChoice)}
        </section>
      )}

      {files.length > 0 && (
        <section class="summary-result-section">
          <h2>{result.groups.length > 0 ? '4' : '3'}. 汇总结果</h2>
          <p class="summary-total" data-included={result.included} data-total={files.length}>
            {result.totalNote}。
          </p>
          {result.problems.length > 0 && (
            <div class="notice summary-result-problems">
              <p>汇总后的表格有下列问题（与表单的检查相同），请核对来源文件或重复文件的选择：</p>
              <ul>
                {result.problems.slice(0, 20).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="summary-table-wrap">
            <SheetTable model={sheet} class="summary-result" />
          </div>
          <p class="summary-actions">
            <button type="button" class="primary" onClick={downloadXlsx} disabled={task.busy !== ''}>
              下载汇总 Excel（含来源文件）
            </button>{' '}
            <button type="button" onClick={() => downloadCsv('annex')} disabled={task.busy !== ''}>
              下载汇总表 CSV
            </button>{' '}
            <button type="button" onClick={() => downloadCsv('sources')} disabled={task.busy !== ''}>
              下载来源文件 CSV
            </button>{' '}
            <button type="button" onClick={copyTable}>
              复制汇总表文字
            </button>{' '}
            <button type="button" onClick={() => form.open()}>
              在表单中打开
            </button>
          </p>
          <ReplaceDraftConfirm
            form={form}
            label={label}
            question={`${label}表单里已有填写的内容。用这次汇总的${monthly ? '数字' : '行'}替换表格吗？填报单位、填报日期、填报人、联系电话会保留。`}
          />
          <TaskStatus busy={task.busy} notice={notice} />
          <CopyFallback text={copier.fallback} label="汇总表文本（全选后复制）" />
        </section>
      )}
    </div>
  );
}
