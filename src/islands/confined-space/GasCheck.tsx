import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GasCheckSpec } from '../../schemas/gas-check';
import type { GasRecord } from '../../schemas/gas-record';
import { browserStorage } from '../../lib/browser/storage';
import { DraftStore } from '../../lib/table/draft';
import {
  checkRecord,
  emptyGasRecord,
  gasName,
  gasRecordDraftSpec,
  pointDirections,
  pointsNote,
  printedPoints,
  recordProblems,
  recordTime,
  verdictSentence,
} from '../../lib/confined-space/gas-record';
import { TextField } from '../common/TextField';
import { DraftNotices } from '../common/DraftNotices';
import { useAutosavedDraft } from '../common/useAutosavedDraft';
import { Tag } from '../common/Tag';

/**
 * The pre-entry gas check: readings (the worst of the points, 5.8.6) → whether they meet 5.9.1's entry
 * conditions, with the clause of every verdict and what else the standard asks before entry; a printable
 * 检测记录 with each point's position, blank cells for each point's readings and the tester's signature (5.8.7).
 */
export default function GasCheck({ spec }: { spec: GasCheckSpec }) {
  // The record is a draft on the shared hook: a reload keeps it, a second tab's save is noticed (not
  // overwritten), and a stored record that cannot be read is left as it is.
  const store = useMemo(() => new DraftStore(browserStorage(), gasRecordDraftSpec), []);
  const draft = useAutosavedDraft({
    store,
    empty: () => emptyGasRecord(spec),
    restoredNote: () => '已恢复上次填写的检测记录。',
    unreadableAdvice: '本页仍可填写；点“删除无法读取的草稿，保存本页内容”后，填写的内容会重新自动保存。',
    saveDelay: 300,
  });
  const { data: record, setData: setRecord, loaded } = draft;
  const [printProblems, setPrintProblems] = useState<string[]>([]);

  const outcome = checkRecord(spec, record);
  const problems = [...recordProblems(record), ...(outcome.ok ? [] : ['读数或限值有误，见上方'])];
  // Printing from the browser's menu (or WeChat's) bypasses the button: say then what is missing; the
  // print style shows only that (data-printable="false"), never a record without 检测时间 or 检测人.
  useEffect(() => {
    const before = () => setPrintProblems(problems);
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [problems.join('|')]);
  const set = (patch: Partial<GasRecord>) => {
    setRecord((r) => ({ ...r, ...patch }));
    setPrintProblems([]);
  };
  const setToxic = (i: number, patch: Partial<GasRecord['toxic'][number]>) =>
    set({ toxic: record.toxic.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const print = () => {
    setPrintProblems(problems);
    if (problems.length === 0) window.print();
    else document.getElementById('gas-print-problems')?.focus();
  };
  const points = record.points ?? [];
  const setPoint = (i: number, value: string) => set({ points: points.map((p, j) => (j === i ? value : p)) });
  const pointsWarning = pointsNote(spec, record);
  const printed = printedPoints(spec, record);
  const gases = record.toxic.filter((t) => t.gas.trim());
  const field = (key: 'place' | 'space' | 'tester' | 'guardian', label: string) => (
    <TextField label={label} value={record[key]} onValue={(v) => set({ [key]: v })} />
  );

  return (
    <div
      class="gas-check not-content"
      data-ready={loaded ? 'true' : undefined}
      data-printable={problems.length ? 'false' : 'true'}
    >
      <DraftNotices draft={draft} what="检测记录" discard />
      <p class="print-blocked" role="note">
        检测记录还不能打印：{problems.join('；')}。请在页面上填写后再打印。
      </p>
      {draft.saveNote && <p class="gas-save-note">{draft.saveNote}</p>}
      <form class="gas-form" onSubmit={(e) => e.preventDefault()}>
        <h2>检测信息</h2>
        <div class="gas-fields">
          <TextField
            label="检测时间"
            type="datetime-local"
            value={record.time}
            onValue={(v) => set({ time: v })}
          />
          {field('place', '检测地点')}
          {field('space', '有限空间名称')}
          {field('tester', '检测人')}
          {field('guardian', '监护人')}
        </div>
        <h2>检测点</h2>
        <p class="gas-clause">
          GB 46768-2025 {spec.points.clause}：“{spec.points.quote}”“{spec.points.vertical.quote}”；“
          {spec.points.verticalShort.quote}”“{spec.points.horizontal.quote}”
        </p>
        <div class="gas-fields">
          <label>
            检测方向
            <select
              value={record.direction ?? 'vertical'}
              onChange={(e) => set({ direction: e.currentTarget.value as GasRecord['direction'] })}
            >
              {pointDirections(spec).map((d) => (
                <option value={d.id}>{d.label}</option>
              ))}
            </select>
          </label>
        </div>
        <ol class="gas-points">
          {points.map((p, i) => (
            <li key={i}>
              <TextField
                label={`第 ${i + 1} 个检测点的检测位置`}
                value={p}
                placeholder="如 井口下 0.5 m"
                onValue={(v) => setPoint(i, v)}
              />
              <button type="button" onClick={() => set({ points: points.filter((_, j) => j !== i) })}>
                删除第 {i + 1} 个检测点
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set({ points: [...points, ''] })}>
          添加一个检测点
        </button>
        {pointsWarning && <p class="gas-points-note">{pointsWarning}</p>}
        <h2>读数</h2>
        <p class="gas-clause">
          <strong>{spec.points.worst}。</strong>
          <Tag kind="reading" />
          {spec.points.worstReading}各检测点的读数写在打印的检测记录上。
        </p>
        <div class="gas-fields">
          {(['oxygen', 'flammable'] as const).map((gas) => (
            <TextField
              key={gas}
              label={`${spec[gas].label}（${spec[gas].unit}）`}
              inputMode="decimal"
              value={record[gas]}
              onValue={(v) => set({ [gas]: v })}
            />
          ))}
        </div>
        <h3>有毒有害气体</h3>
        <p class="gas-clause">
          <strong>限值由你填写。</strong>
          {spec.toxic.limitNote}
        </p>
        {record.toxic.map((t, i) => (
          <fieldset class="gas-toxic" key={i}>
            <legend>第 {i + 1} 种</legend>
            <div class="gas-fields">
              <TextField label="气体名称" value={t.gas} onValue={(v) => setToxic(i, { gas: v })} />
              <TextField
                label="读数"
                inputMode="decimal"
                value={t.value}
                onValue={(v) => setToxic(i, { value: v })}
              />
              <TextField
                label="限值"
                inputMode="decimal"
                value={t.limit}
                onValue={(v) => setToxic(i, { limit: v })}
              />
              <TextField
                label="单位（读数和限值相同）"
                value={t.unit}
                onValue={(v) => setToxic(i, { unit: v })}
              />
              <label>
                限值类别
                <select
                  value={t.limitKind}
                  onChange={(e) => setToxic(i, { limitKind: e.currentTarget.value })}
                >
                  {spec.toxic.limitKinds.map((k) => (
                    <option value={k.id}>{k.label}</option>
                  ))}
                </select>
              </label>
              <TextField
                label="限值所依据的标准"
                value={t.standard}
                onValue={(v) => setToxic(i, { standard: v })}
              />
            </div>
            {spec.toxic.limitKinds.find((k) => k.id === t.limitKind)?.onlyWhenNoOther && (
              <label class="gas-confirm">
                <input
                  type="checkbox"
                  checked={t.noMacOrStel ?? false}
                  onChange={(e) => setToxic(i, { noMacOrStel: e.currentTarget.checked })}
                />{' '}
                该气体没有
                {spec.toxic.limitKinds
                  .filter((k) => !k.onlyWhenNoOther)
                  .map((k) => k.label)
                  .join('和')}
                （GB 46768-2025 {spec.toxic.clause}
                ：“无最高容许浓度和短时间接触容许浓度的,选用时间加权平均容许浓度”）
              </label>
            )}
            <button type="button" onClick={() => set({ toxic: record.toxic.filter((_, j) => j !== i) })}>
              删除这种气体
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() =>
            set({
              toxic: [
                ...record.toxic,
                {
                  gas: '',
                  value: '',
                  limit: '',
                  unit: '',
                  limitKind: spec.toxic.limitKinds[0]!.id,
                  standard: '',
                },
              ],
            })
          }
        >
          添加一种有毒有害气体
        </button>
      </form>

      <section class="gas-result" aria-live="polite">
        <div class="gas-print-record">
          <h2 class="print-only">有限空间作业前气体检测记录</h2>
          <dl>
            <dt>检测时间</dt>
            <dd>{recordTime(record.time) || '—'}</dd>
            <dt>检测地点</dt>
            <dd>
              {record.place || '—'}
              {record.space ? `（${record.space}）` : ''}
            </dd>
            <dt>检测方向</dt>
            <dd>{pointDirections(spec).find((d) => d.id === (record.direction ?? 'vertical'))!.label}</dd>
            <dt>检测人</dt>
            <dd>{record.tester || '—'}</dd>
            <dt>监护人</dt>
            <dd>{record.guardian || '—'}</dd>
          </dl>
        </div>
        <h2>判定</h2>
        <p class="gas-clause">
          GB 46768-2025 {spec.clause}：“{spec.quote}”
        </p>
        {!outcome.ok && (
          <ul class="error-summary">
            {outcome.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {outcome.ok && (
          <>
            <p class={`gas-verdict verdict-${outcome.result.verdict}`} data-verdict={outcome.result.verdict}>
              <strong>{verdictSentence(spec, outcome.result)}</strong>
            </p>
            {outcome.result.missing.length > 0 && (
              <p>
                尚未检测：{outcome.result.missing.join('；')}。依据 GB 46768-2025{' '}
                {outcome.result.required.clause}：“
                {outcome.result.required.quote}”
              </p>
            )}
            {outcome.result.consequence && (
              <p>
                GB 46768-2025 {outcome.result.consequence.clause}：“{outcome.result.consequence.quote}”
              </p>
            )}
            <h3>判定所用的读数（各检测点中最不利的读数）</h3>
            <table class="gas-table">
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">读数</th>
                  <th scope="col">条件</th>
                  <th scope="col">判定</th>
                  <th scope="col">依据</th>
                </tr>
              </thead>
              <tbody>
                {outcome.result.unfinished.map((u) => (
                  <tr key={`u${u.number}`} data-line={`toxic-${u.number}`} class="gas-unfinished">
                    <th scope="row">{u.gas || gasName(u)}</th>
                    <td data-label="读数">{record.toxic[u.number - 1]?.value.trim() || '—'}</td>
                    <td data-label="条件">—</td>
                    <td data-label="判定" class="verdict-未完成">
                      未完成
                    </td>
                    <td data-label="依据">{u.errors.join('；')}</td>
                  </tr>
                ))}
                {outcome.result.lines.map((l) => (
                  <tr key={l.key} data-line={l.key}>
                    <th scope="row">{l.label}</th>
                    <td data-label="读数">{l.value === null ? '—' : `${l.value} ${l.unit}`}</td>
                    <td data-label="条件">{l.condition}</td>
                    <td data-label="判定" class={`verdict-${l.verdict}`}>
                      {l.verdict}
                    </td>
                    <td data-label="依据">
                      GB 46768-2025 {l.clause}：“{l.quote}”
                      {l.boundaryReading && (
                        <span class="gas-reading">
                          <Tag kind="reading" />
                          {l.boundaryReading}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <div class="gas-entry" data-entry>
          <h3>5.9.1 只是进入的条件之一。进入前，GB 46768-2025 还要求：</h3>
          <ul>
            {spec.entry.map((e) => (
              <li>
                <span class="gas-box" aria-hidden="true" />
                <strong>{e.label}</strong>（{e.clause}）：“{e.quote}”
              </li>
            ))}
          </ul>
        </div>
        <div class="gas-print-points print-only">
          <h3>
            各检测点读数（GB 46768-2025 {spec.points.clause}、{spec.record.clause}）
          </h3>
          <table class="gas-table">
            <thead>
              <tr>
                <th scope="col">检测点</th>
                <th scope="col">检测位置</th>
                <th scope="col">
                  {spec.oxygen.label}（{spec.oxygen.unit}）
                </th>
                <th scope="col">
                  {spec.flammable.label}（{spec.flammable.unit}）
                </th>
                {gases.map((t) => (
                  <th scope="col">
                    {t.gas}
                    {t.unit.trim() ? `（${t.unit.trim()}）` : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {printed.map((p, i) => (
                <tr data-point={i + 1}>
                  <td>{i + 1}</td>
                  <td>{p}</td>
                  <td />
                  <td />
                  {gases.map(() => (
                    <td />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="gas-clause">
            GB 46768-2025 {spec.record.clause}：“{spec.record.quote}”
          </p>
          <p class="gas-signature">检测人员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>
        </div>
        <p class="gas-actions">
          <button type="button" class="primary" onClick={print}>
            打印检测记录
          </button>
        </p>
        {printProblems.length > 0 && (
          <div class="error-summary gas-print-problems" role="alert" tabIndex={-1} id="gas-print-problems">
            <h3>打印前请补全检测记录</h3>
            <ul>
              {printProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
