import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../schemas/annex-layout';
import type { GradingRuleSet, Hazard, SpaceType } from '../../schemas/confined-space';
import { grades } from '../../schemas/grades';
import { browserStorage } from '../../lib/browser/storage';
import { annexDraftStore } from '../../lib/table/annex-draft';
import { type AnnexData, emptyAnnex } from '../../lib/table/data';
import { DraftStore } from '../../lib/table/draft';
import {
  askText,
  described,
  editRow,
  emptyGradingForm,
  gradingFormDraftSpec,
  hasInput,
  saveChoice,
  type SaveChoice,
} from '../../lib/confined-space/grading-form';
import {
  type DocumentNames,
  gradeMeaning,
  loadLedger,
  quoteHref,
  quoteText,
  reasonsDraftSpec,
  recordMatches,
  saveGradedSpace,
  spaceFromRow,
} from '../../lib/confined-space/ledger';
import { GradeMeaning, type MeaningTexts } from './GradeMeaning';
import { TextField } from '../common/TextField';
import { DraftNotices } from '../common/DraftNotices';
import { useAutosavedDraft } from '../common/useAutosavedDraft';
import { Tag } from '../common/Tag';

export interface GradingAssistantProps {
  types: SpaceType[];
  hazards: Hazard[];
  ruleSet: GradingRuleSet;
  names: DocumentNames;
  layout: AnnexLayout;
  meaning: MeaningTexts;
}

/** Describe a space → 高/中/低 with reasons; change a grade only with a reason; 加入台账 (附件3 draft). */
/** The type list's two groups, in order: the plan's seven first. */
const typeGroups = [
  { group: 'plan', label: '方案点名的池、井' },
  { group: 'common', label: '冶金、机械企业常见' },
] as const;

type Grading = typeof import('../../lib/confined-space/grading');
const loadGrading = () => import('../../lib/confined-space/grading');

export default function GradingAssistant(props: GradingAssistantProps) {
  const { types, hazards, ruleSet, names, layout } = props;
  const model = { ruleSet, types, hazards };
  const stores = () => ({
    ledger: annexDraftStore(browserStorage(), layout.id),
    reasons: new DraftStore(browserStorage(), reasonsDraftSpec),
  });
  // The form as typed is a draft: a reload (WeChat reloads a page when the user switches apps) brings it back.
  const formStore = useMemo(() => new DraftStore(browserStorage(), gradingFormDraftSpec), []);
  const draft = useAutosavedDraft({
    store: formStore,
    empty: emptyGradingForm,
    restoredNote: () => '',
    unreadableAdvice: '本页仍可填写；点“删除无法读取的草稿，保存本页内容”后，填写的内容会重新自动保存。',
    saveDelay: 300,
  });
  const form = draft.data;
  const setForm = draft.setData;
  const space = form.space;
  const override = form.override;
  const editing = form.editing;
  const setOverride = (o: { grade: string; reason: string } | null) =>
    setForm((f) => ({ ...f, override: o }));
  const [asking, setAsking] = useState<Extract<SaveChoice, { kind: 'ask' }> | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (draft.loaded && hasInput(draft.data)) setRestored(true);
  }, [draft.loaded]);
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

  // The grading rules and their checks (zod) load once a space is being described, not with the page.
  const [grading, setGrading] = useState<Grading | null>(null);
  useEffect(() => {
    if (space.type && !grading) void loadGrading().then(setGrading);
  }, [space.type]);

  const input = described(form);
  const outcome = useMemo(
    () => (space.type && grading ? grading.gradeSpace(model, input) : null),
    [space, grading],
  );
  const overridden = useMemo(
    () => (outcome?.ok && override && grading ? grading.gradeSpace(model, input, override) : outcome),
    [outcome, override],
  );
  const overrideErrors = overridden && !overridden.ok && outcome?.ok ? overridden.errors : [];
  const result = overridden?.ok ? overridden.result : outcome?.ok ? outcome.result : null;
  const canSave = !!overridden?.ok;
  const set = (patch: Partial<typeof space>) => {
    setForm((f) => ({ ...f, space: { ...f.space, ...patch } }));
    setMessage('');
    setAsking(null);
  };
  const pickType = async (type: string) => {
    const { suggestedHazards } = grading ?? (await loadGrading());
    const had = suggestedHazards(model, space.type).hazards;
    const keep = space.hazards.filter((h) => !had.includes(h));
    const add = suggestedHazards(model, type).hazards;
    set({ type, hazards: [...new Set([...keep, ...add])] });
  };
  const toggle = (id: string, on: boolean) =>
    set({ hazards: on ? [...space.hazards, id] : space.hazards.filter((h) => h !== id) });

  const serialOf = (id: string | null | undefined) =>
    (ledger?.data.rows.findIndex((r) => r.id === id) ?? -1) + 1;
  /**
   * The main button: a new space is added; a row being edited is saved back to it — unless its name or type
   * changed, then the user says which (`choice` is their answer). Afterwards the form is empty for the next space.
   */
  const save = (choice?: 'add' | 'update') => {
    if (!result || !canSave) return;
    const decided: SaveChoice =
      choice === 'add'
        ? { kind: 'add' }
        : choice === 'update' && editing
          ? { kind: 'update', rowId: editing.rowId }
          : saveChoice(form, ledger?.data.rows.map((r) => r.id) ?? []);
    if (decided.kind === 'ask') return setAsking(decided);
    setAsking(null);
    const out = saveGradedSpace(layout, stores(), model, result, {
      rowId: decided.kind === 'update' ? decided.rowId : null,
      names,
      now: new Date().toISOString(),
      empty: emptyAnnex(layout),
    });
    if (!out.ok) return setMessage(out.message);
    setForm(emptyGradingForm());
    setUnread([]);
    setRestored(false);
    setMessage(
      `${out.added ? '已加入' : '已更新'}台账第 ${out.serial} 行（${result.space.name}，风险等级 ${result.grade}）。表单已清空，可以描述下一个有限空间。`,
    );
    refreshLedger();
  };
  const gradeRow = (id: string) => {
    const row = ledger?.data.rows.find((r) => r.id === id);
    if (!row) return;
    if (
      hasInput(form) &&
      editing?.rowId !== id &&
      !window.confirm('表单里还有没保存到台账的描述，打开这一行会清空它。继续吗？')
    )
      return;
    const read = spaceFromRow(model, row.cells);
    const s = read.space;
    const full = {
      ...s,
      location: s.location ?? '',
      typeOther: s.typeOther ?? '',
      hazards: s.hazards ?? [],
      hazardsOther: s.hazardsOther ?? '',
    };
    setForm(editRow(full, id, read.typeKnown));
    setUnread(read.unread);
    setAsking(null);
    setRestored(false);
    setMessage('');
    document.getElementById('grading-form')?.scrollIntoView();
  };
  const startNew = () => {
    const serial = serialOf(editing?.rowId);
    setForm(emptyGradingForm());
    setAsking(null);
    setUnread([]);
    setRestored(false);
    setMessage(editing && serial > 0 ? `已取消修改，台账第 ${serial} 行没有改动。` : '');
  };
  const focusName = () => document.getElementById('grading-name')?.focus();
  const editingSerial = serialOf(editing?.rowId);
  const meaning = result ? gradeMeaning(model, result) : null;

  return (
    <div class="grading not-content" data-ready={ledger || ledgerProblem ? 'true' : undefined}>
      <form id="grading-form" class="grading-form" onSubmit={(e) => e.preventDefault()}>
        <h2>描述有限空间</h2>
        <DraftNotices draft={draft} what="分级表单" discard />
        {restored && (
          <p class="notice" role="status">
            已恢复上次没有加入台账的描述。
            <button type="button" onClick={startNew}>
              清空表单
            </button>
          </p>
        )}
        {editing && editingSerial > 0 && (
          <p class="notice editing-notice" role="status">
            正在修改台账第 {editingSerial} 行（{editing.name || '未命名'}）。
            <button type="button" onClick={startNew}>
              取消修改
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
          <TextField
            label="有限空间名称"
            id="grading-name"
            value={space.name}
            onValue={(v) => set({ name: v })}
          />
          <TextField label="位置" value={space.location} onValue={(v) => set({ location: v })} />
          <TextField
            label="数量（处）"
            inputMode="numeric"
            value={space.countText}
            onValue={(v) => set({ countText: v })}
          />
          <label>
            类型
            <select value={space.type} onChange={(e) => void pickType(e.currentTarget.value)}>
              <option value="">请选择</option>
              {typeGroups.map(({ group, label }) => (
                <optgroup label={label}>
                  {types
                    .filter((t) => t.group === group)
                    .map((t) => (
                      <option value={t.id}>{t.label}</option>
                    ))}
                </optgroup>
              ))}
            </select>
          </label>
          {space.type === 'other' && (
            <TextField label="是什么空间" value={space.typeOther} onValue={(v) => set({ typeOther: v })} />
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
            <TextField
              class="wide"
              label="其他危害是什么"
              value={space.hazardsOther}
              onValue={(v) => set({ hazardsOther: v })}
            />
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
                  <Tag kind="reading" title="这是本站的理解，不是条文原文" />
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
                  {r.rule.basis.map((q) => {
                    const href = quoteHref(q);
                    return (
                      <blockquote>
                        {quoteText(q, names)}
                        {href && (
                          <>
                            {' '}
                            <a class="grading-basis-link" href={href}>
                              查看原文
                            </a>
                          </>
                        )}
                      </blockquote>
                    );
                  })}
                  {r.rule.judgement && (
                    <p>
                      <Tag kind="reading" title="这是本站的理解，不是条文原文" />
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
            {editing && editingSerial > 0 && (
              <p class="editing-notice">
                正在修改台账第 {editingSerial} 行（{editing.name || '未命名'}）。
              </p>
            )}
            {asking && (
              <div class="notice grading-ask" role="alert">
                <p>
                  <strong>更新第 {serialOf(asking.rowId)} 行还是新增一行？</strong>
                  {askText(serialOf(asking.rowId), asking.changed)}
                </p>
                <button type="button" onClick={() => save('update')}>
                  更新第 {serialOf(asking.rowId)} 行
                </button>{' '}
                <button type="button" onClick={() => save('add')}>
                  新增一行
                </button>{' '}
                <button type="button" onClick={() => setAsking(null)}>
                  取消
                </button>
              </div>
            )}
            <p class="grading-actions">
              {canSave && !asking && (
                <button type="button" class="primary" onClick={() => save()}>
                  {editing && editingSerial > 0 ? `保存第 ${editingSerial} 行` : '加入台账'}
                </button>
              )}{' '}
              {editing && editingSerial > 0 && !asking && (
                <button type="button" onClick={startNew}>
                  取消
                </button>
              )}{' '}
              <a href={`/annexes/${layout.id}/`}>打开台账（附件{layout.number}）</a>
            </p>
          </>
        )}
        {message && (
          <p class="notice grading-message" role="status">
            {message}
            {!hasInput(form) && (
              <>
                {' '}
                <button type="button" onClick={focusName}>
                  描述下一个有限空间
                </button>
              </>
            )}
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
