import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnexLayout } from '../schemas/annex-layout';
import type { GradingRuleSet, Hazard, SpaceDescription, SpaceType } from '../schemas/confined-space';
import { grades } from '../schemas/confined-space';
import { browserStorage } from '../lib/browser/storage';
import { annexDraftStore } from '../lib/forms/annex-draft';
import { type AnnexData, emptyAnnex } from '../lib/forms/data';
import { DraftStore } from '../lib/forms/draft';
import { gradeSpace, suggestedHazards } from '../lib/confined-space/grading';
import {
  type DocumentNames,
  gradeMeaning,
  loadLedger,
  quoteText,
  reasonsDraftSpec,
  recordMatches,
  saveGradedSpace,
  spaceFromRow,
} from '../lib/confined-space/ledger';
import { GradeMeaning, type MeaningTexts } from './confined/GradeMeaning';

export interface GradingAssistantProps {
  types: SpaceType[];
  hazards: Hazard[];
  ruleSet: GradingRuleSet;
  names: DocumentNames;
  layout: AnnexLayout;
  meaning: MeaningTexts;
}

type Described = Required<SpaceDescription>;

const blank: Described = {
  name: '',
  location: '',
  count: 1,
  type: '',
  typeOther: '',
  hazards: [],
  hazardsOther: '',
  workMode: 'own',
};

/** Describe a space → 高/中/低 with reasons; change a grade only with a reason; 加入台账 (附件3 draft). */
export default function GradingAssistant(props: GradingAssistantProps) {
  const { types, hazards, ruleSet, names, layout } = props;
  const model = { ruleSet, types, hazards };
  const stores = () => ({
    ledger: annexDraftStore(browserStorage(), layout.id),
    reasons: new DraftStore(browserStorage(), reasonsDraftSpec),
  });
  const [space, setSpace] = useState<Described>(blank);
  const [countText, setCountText] = useState('1');
  const [override, setOverride] = useState<{ grade: string; reason: string } | null>(null);
  const [rowId, setRowId] = useState<string | null>(null);
  const [unread, setUnread] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [ledger, setLedger] = useState<{ data: AnnexData; graded: Record<string, boolean> } | null>(null);
  const [ledgerProblem, setLedgerProblem] = useState('');

  const refreshLedger = () => {
    const read = loadLedger(layout, stores());
    if (!read.ok) return setLedgerProblem(read.message);
    setLedgerProblem('');
    const graded = Object.fromEntries(
      read.data.rows.map((r) => {
        const rec = read.reasons.records[r.id];
        return [r.id, !!rec && recordMatches(rec, r.cells)];
      }),
    );
    setLedger({ data: read.data, graded });
  };
  useEffect(() => {
    refreshLedger();
    const onStorage = () => refreshLedger();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const input = { ...space, count: /^\d+$/.test(countText.trim()) ? Number(countText) : Number.NaN };
  const outcome = useMemo(() => (space.type ? gradeSpace(model, input) : null), [space, countText]);
  const overridden = useMemo(
    () => (outcome?.ok && override ? gradeSpace(model, input, override) : outcome),
    [outcome, override],
  );
  const overrideErrors = overridden && !overridden.ok && outcome?.ok ? overridden.errors : [];
  const result = overridden?.ok ? overridden.result : outcome?.ok ? outcome.result : null;
  const canSave = !!overridden?.ok;
  const set = (patch: Partial<Described>) => {
    setSpace((s) => ({ ...s, ...patch }));
    setMessage('');
  };
  const pickType = (type: string) => {
    const had = suggestedHazards(model, space.type).hazards;
    const keep = space.hazards.filter((h) => !had.includes(h));
    const add = suggestedHazards(model, type).hazards;
    set({ type, hazards: [...new Set([...keep, ...add])] });
  };
  const toggle = (id: string, on: boolean) =>
    set({ hazards: on ? [...space.hazards, id] : space.hazards.filter((h) => h !== id) });

  const addToLedger = () => {
    if (!result || !canSave) return;
    const out = saveGradedSpace(layout, stores(), model, result, {
      rowId,
      names,
      now: new Date().toISOString(),
      empty: emptyAnnex(layout),
    });
    if (!out.ok) return setMessage(out.message);
    setRowId(out.rowId);
    setMessage(
      out.added
        ? `已加入台账第 ${out.serial} 行。`
        : `已更新台账第 ${out.serial} 行（风险等级 ${result.grade}）。`,
    );
    refreshLedger();
  };
  const gradeRow = (id: string) => {
    const row = ledger?.data.rows.find((r) => r.id === id);
    if (!row) return;
    const read = spaceFromRow(model, row.cells);
    setSpace({ ...blank, ...read.space } as Described);
    setCountText(String(read.space.count));
    setUnread(read.unread);
    setOverride(null);
    setRowId(id);
    setMessage('');
    document.getElementById('grading-form')?.scrollIntoView();
  };
  const startNew = () => {
    setSpace(blank);
    setCountText('1');
    setOverride(null);
    setRowId(null);
    setUnread([]);
    setMessage('');
  };
  const serialOf = (id: string | null) => (ledger?.data.rows.findIndex((r) => r.id === id) ?? -1) + 1;
  const meaning = result ? gradeMeaning(model, result) : null;

  return (
    <div class="grading not-content" data-ready={ledger || ledgerProblem ? 'true' : undefined}>
      <form id="grading-form" class="grading-form" onSubmit={(e) => e.preventDefault()}>
        <h2>描述有限空间</h2>
        {rowId && serialOf(rowId) > 0 && (
          <p class="notice" role="status">
            正在给台账第 {serialOf(rowId)} 行分级。
            <button type="button" onClick={startNew}>
              改为新建
            </button>
          </p>
        )}
        {unread.length > 0 && (
          <ul class="notice" role="status">
            {unread.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        )}
        <div class="grading-fields">
          <label>
            有限空间名称
            <input value={space.name} onInput={(e) => set({ name: e.currentTarget.value })} />
          </label>
          <label>
            位置
            <input value={space.location} onInput={(e) => set({ location: e.currentTarget.value })} />
          </label>
          <label>
            数量（处）
            <input
              inputMode="numeric"
              value={countText}
              onInput={(e) => {
                setCountText(e.currentTarget.value);
                setMessage('');
              }}
            />
          </label>
          <label>
            类型
            <select value={space.type} onChange={(e) => pickType(e.currentTarget.value)}>
              <option value="">请选择</option>
              <optgroup label="方案点名的池、井">
                {types
                  .filter((t) => t.group === 'plan')
                  .map((t) => (
                    <option value={t.id}>{t.label}</option>
                  ))}
              </optgroup>
              <optgroup label="冶金、机械企业常见">
                {types
                  .filter((t) => t.group === 'common')
                  .map((t) => (
                    <option value={t.id}>{t.label}</option>
                  ))}
              </optgroup>
            </select>
          </label>
          {space.type === 'other' && (
            <label>
              是什么空间
              <input value={space.typeOther} onInput={(e) => set({ typeOther: e.currentTarget.value })} />
            </label>
          )}
        </div>
        <fieldset class="grading-hazards">
          <legend>可能存在的危险有害因素（选类型时会预选，可改）</legend>
          {hazards.map((h) => (
            <label key={h.id}>
              <input
                type="checkbox"
                checked={space.hazards.includes(h.id)}
                onChange={(e) => toggle(h.id, e.currentTarget.checked)}
              />
              {h.label}
            </label>
          ))}
          {space.hazards.includes('other') && (
            <label class="wide">
              其他危害是什么
              <input
                value={space.hazardsOther}
                onInput={(e) => set({ hazardsOther: e.currentTarget.value })}
              />
            </label>
          )}
        </fieldset>
        <fieldset class="grading-mode">
          <legend>作业形式</legend>
          {(['own', 'outsourced'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="work-mode"
                checked={space.workMode === m}
                onChange={() => set({ workMode: m })}
              />
              {m === 'own' ? '自主' : '外包'}
            </label>
          ))}
        </fieldset>
      </form>

      <section class="grading-result" aria-live="polite">
        <h2>分级结果</h2>
        <p class="grading-notice">{ruleSet.notice}</p>
        {!outcome && <p>选择类型后显示分级结果。</p>}
        {outcome && !outcome.ok && (
          <ul class="error-summary">
            {outcome.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {result && (
          <>
            <p class={`grade-badge grade-${result.grade}`} data-grade={result.grade}>
              风险等级：<strong>{result.grade}</strong>
              {result.override && (
                <span>
                  （规则得出 {result.computed}，已按你写的理由改为 {result.grade}）
                </span>
              )}
            </p>
            {ruleSet.tiers.find((t) => t.grade === result.computed) && (
              <p class="grading-tier">
                {ruleSet.issuer.startsWith('本站') && (
                  <span class="summary-tag tag-reading" title="这是本站的理解，不是条文原文">
                    本站理解
                  </span>
                )}
                规则定为{result.computed}的思路：
                {ruleSet.tiers.find((t) => t.grade === result.computed)!.meaning}
              </p>
            )}
            <ol class="grading-reasons">
              {result.reasons.map((r) => (
                <li key={r.rule.id} class={result.decisive.includes(r.rule.id) ? 'decisive' : ''}>
                  <p>
                    <strong>
                      {r.rule.reason}（{r.rule.grade}）
                    </strong>
                  </p>
                  {r.rule.basis.map((q) => (
                    <blockquote>{quoteText(q, names)}</blockquote>
                  ))}
                  {r.rule.judgement && (
                    <p>
                      <span class="summary-tag tag-reading" title="这是本站的理解，不是条文原文">
                        本站理解
                      </span>
                      {r.rule.judgement}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            <details class="grading-override" open={!!override}>
              <summary>认为等级不合适？写明理由后改变等级</summary>
              <label>
                改为
                <select
                  value={override?.grade ?? ''}
                  onChange={(e) =>
                    setOverride(
                      e.currentTarget.value
                        ? { grade: e.currentTarget.value, reason: override?.reason ?? '' }
                        : null,
                    )
                  }
                >
                  <option value="">不改变（{result.computed}）</option>
                  {grades
                    .filter((g) => g !== result.computed)
                    .map((g) => (
                      <option value={g}>{g}</option>
                    ))}
                </select>
              </label>
              {override && (
                <label>
                  理由（必填，随台账导出）
                  <textarea
                    rows={2}
                    value={override.reason}
                    onInput={(e) => setOverride({ ...override, reason: e.currentTarget.value })}
                  />
                </label>
              )}
              {overrideErrors.map((e) => (
                <p class="field-error" key={e}>
                  {e}
                </p>
              ))}
            </details>
            <p class="grading-actions">
              {canSave && (
                <button type="button" class="primary" onClick={addToLedger}>
                  {rowId && serialOf(rowId) > 0 ? `更新台账第 ${serialOf(rowId)} 行` : '加入台账'}
                </button>
              )}{' '}
              <a href={`/annexes/${layout.id}/`}>打开台账（附件3）</a>
            </p>
          </>
        )}
        {message && (
          <p class="notice" role="status">
            {message}
          </p>
        )}
        {meaning && result && <GradeMeaning meaning={meaning} texts={props.meaning} grade={result.grade} />}
      </section>

      <section class="grading-ledger">
        <h2>台账中的有限空间</h2>
        {ledgerProblem && <p class="notice">{ledgerProblem}</p>}
        {ledger && ledger.data.rows.filter((r) => r.cells.name?.trim()).length === 0 && (
          <p>台账里还没有有限空间。分级后点“加入台账”，或在附件3页面导入 Excel 台账后回到这里逐行分级。</p>
        )}
        {ledger && ledger.data.rows.some((r) => r.cells.name?.trim()) && (
          <ul class="ledger-rows">
            {ledger.data.rows.map((r, i) =>
              r.cells.name?.trim() ? (
                <li key={r.id}>
                  <span>
                    {i + 1}. {r.cells.name}　{r.cells.risk ? `风险等级 ${r.cells.risk}` : '未分级'}
                    {ledger.graded[r.id] ? '（已在本页分级）' : ''}
                  </span>
                  <button type="button" onClick={() => gradeRow(r.id)}>
                    {ledger.graded[r.id] ? '重新分级' : '分级'}
                  </button>
                </li>
              ) : null,
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
