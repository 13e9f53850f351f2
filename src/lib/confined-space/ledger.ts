import type { AnnexLayout } from '../../schemas/annex-layout';
import type { GradingRecord, LedgerReasons } from '../../schemas/confined-space-ledger';
import { ledgerReasonsSchema } from '../../schemas/confined-space-ledger';
import type { SpaceDescription } from '../../schemas/confined-space';
import type { ReferenceQuote } from '../../schemas/reference';
import { type AnnexData, emptyCells, newRowId } from '../table/data';
import type { DraftSpec, DraftStore } from '../table/draft';
import { plainColumn, flatTable } from '../table/layout';
import { type SheetModel, tableSheet, toSheet } from '../table/sheet';
import type { GradingModel, GradingResult } from './grading';
import { clauseHref } from '../criteria/pages';

/**
 * The 台账 (附件3) and grading: a graded space becomes a row of the annex3 draft; how it was graded
 * (rules, clauses, the user's override and reason) is kept in a second draft keyed by row id and
 * exported as a second sheet 分级依据, so the official sheet stays exactly the plan's form.
 */

/** The 分级依据 draft (the 台账 rows themselves are the annex3 draft, jc76.annex.annex3). */
export const reasonsDraftSpec: DraftSpec<LedgerReasons> = {
  key: 'jc76.confined-space.annex3-reasons',
  schema: ledgerReasonsSchema,
  version: 1,
};

export const emptyReasons = (): LedgerReasons => ({ records: {} });

/** 作业形式 as 附件3 writes it. */
export const modeCell = { own: '自主作业', outsourced: '外包作业' } as const;

/** Document id → what pages call it (第10号令, GB 46768-2025); `plan` is 本方案. */
export type DocumentNames = Record<string, string>;

/** A quote as one line: 第10号令第十三条：“…” / 本方案：“…”. */
export function quoteText(q: ReferenceQuote, names: DocumentNames): string {
  if ('item' in q) return `本方案：“${q.quote}”`;
  return `${names[q.document] ?? q.document}${q.clause}：“${q.quote}”`;
}

/** Where a quoted passage is on this site: the plan item's anchor or the article/clause on its criteria page. */
export function quoteHref(q: ReferenceQuote): string | null {
  if ('item' in q) return `/plan/#${q.item}`;
  return clauseHref(q.document, q.clause);
}

const typeLabel = (model: Pick<GradingModel, 'types'>, space: GradingResult['space']) => {
  const t = model.types.find((x) => x.id === space.type);
  return space.type === 'other' && space.typeOther ? `其他（${space.typeOther}）` : (t?.label ?? space.type);
};

const hazardLabels = (model: Pick<GradingModel, 'hazards'>, space: GradingResult['space']) =>
  space.hazards.map((id) => {
    const label = model.hazards.find((h) => h.id === id)?.label ?? id;
    return id === 'other' && space.hazardsOther ? `其他（${space.hazardsOther}）` : label;
  });

/** What is kept with the row: enough to print the reasons without the rule file. */
export function gradingRecord(
  model: Pick<GradingModel, 'types' | 'hazards'>,
  result: GradingResult,
  rowId: string,
  names: DocumentNames,
  gradedAt: string,
): GradingRecord {
  const { space } = result;
  return {
    rowId,
    space: {
      name: space.name,
      location: space.location,
      count: space.count,
      type: space.type,
      typeLabel: typeLabel(model, space),
      hazards: [...space.hazards],
      hazardLabels: hazardLabels(model, space),
      workMode: space.workMode,
    },
    computed: result.computed,
    grade: result.grade,
    override: result.override ? { ...result.override } : null,
    reasons: result.reasons.map((r) => ({
      rule: r.rule.id,
      grade: r.rule.grade,
      reason: r.rule.reason,
      basis: r.rule.basis.map((q) => quoteText(q, names)),
      judgement: r.rule.judgement,
    })),
    ruleSet: result.ruleSet.title,
    notice: result.ruleSet.notice,
    gradedAt,
  };
}

/** The 台账 cells a graded space fills (可能事故后果 and 审批责任人 are the user's to write). */
export function ledgerCells(model: Pick<GradingModel, 'types' | 'hazards'>, result: GradingResult) {
  const { space } = result;
  return {
    name: space.name,
    location: space.location,
    quantity: String(space.count),
    hazards: hazardLabels(model, space).join('、'),
    mode: modeCell[space.workMode],
    risk: result.grade,
  };
}

const rowBlank = (cells: Record<string, string>) => Object.values(cells).every((v) => v.trim() === '');

/**
 * Puts a graded space into the 台账: into row `rowId` when it exists (its other cells kept), else into
 * the one empty row of a new 台账, else as a new last row. Returns the data and the row used.
 */
export function putLedgerRow(
  layout: AnnexLayout,
  data: AnnexData,
  cells: Record<string, string>,
  rowId?: string | null,
): { data: AnnexData; rowId: string; added: boolean } {
  const target =
    (rowId && data.rows.find((r) => r.id === rowId)) ||
    (data.rows.length === 1 && rowBlank(data.rows[0]!.cells) ? data.rows[0] : undefined);
  if (target) {
    return {
      data: {
        ...data,
        rows: data.rows.map((r) => (r.id === target.id ? { ...r, cells: { ...r.cells, ...cells } } : r)),
      },
      rowId: target.id,
      added: target.id !== rowId,
    };
  }
  const id = newRowId();
  return {
    data: { ...data, rows: [...data.rows, { id, cells: { ...emptyCells(layout), ...cells } }] },
    rowId: id,
    added: true,
  };
}

/** Keeps the record for `rowId` (replacing an earlier one) and drops records of rows no longer in the 台账. */
export function keepRecord(reasons: LedgerReasons, record: GradingRecord, data: AnnexData): LedgerReasons {
  return pruneReasons({ records: { ...reasons.records, [record.rowId]: record } }, data);
}

export function pruneReasons(reasons: LedgerReasons, data: AnnexData): LedgerReasons {
  const ids = new Set(data.rows.map((r) => r.id));
  return {
    records: Object.fromEntries(Object.entries(reasons.records).filter(([id]) => ids.has(id))),
  };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * A record still describes its row when the row's 名称 and 风险等级 are those graded; a row edited
 * afterwards (another grade typed in the 台账) is reported as 台账中已改动 instead of silently exported.
 */
export function recordMatches(record: GradingRecord, cells: Record<string, string>): boolean {
  return sameText(record.space.name, cells.name ?? '') && record.grade === (cells.risk ?? '').trim();
}

/** The second sheet's table. */
export const reasonsTable = flatTable([
  plainColumn('serial', '台账序号', 'serial', 8),
  plainColumn('name', '有限空间名称', 'text', 16),
  plainColumn('description', '分级时的描述', 'text', 28),
  plainColumn('computed', '规则得出的等级', 'text', 10),
  plainColumn('grade', '采用的等级', 'text', 10),
  plainColumn('override', '改变等级的理由', 'text', 22),
  plainColumn('reasons', '命中的规则及所依据的条款', 'text', 60),
  plainColumn('judgement', '本站理解', 'text', 40),
  plainColumn('status', '说明', 'text', 16),
]);

export const REASONS_SHEET = '分级依据';

/** One record as the cells of the 分级依据 sheet. */
export function reasonsRow(serial: number, record: GradingRecord, cells: Record<string, string>) {
  const s = record.space;
  return {
    serial: String(serial),
    name: s.name,
    description: [
      `类型：${s.typeLabel}`,
      s.location ? `位置：${s.location}` : '',
      `数量：${s.count}`,
      `危险有害因素：${s.hazardLabels.length ? s.hazardLabels.join('、') : '未选择'}`,
      `作业形式：${s.workMode === 'own' ? '自主' : '外包'}`,
    ]
      .filter(Boolean)
      .join('；'),
    computed: record.computed,
    grade: record.grade,
    override: record.override ? record.override.reason : '',
    reasons: record.reasons
      .map((r, i) => `${i + 1}. ${r.reason}（${r.grade}）。依据：${r.basis.join('；')}`)
      .join('\n'),
    judgement: record.reasons
      .filter((r) => r.judgement)
      .map((r) => `${r.reason}：${r.judgement}`)
      .join('\n'),
    status: recordMatches(record, cells) ? '' : '分级后台账中的名称或风险等级已改动，请重新分级',
  };
}

/** The 分级依据 sheet for the 台账's rows that were graded here, in 台账 order; null when none was. */
export function reasonsSheet(data: AnnexData, reasons: LedgerReasons): SheetModel | null {
  const rows = data.rows.flatMap((row, index) => {
    const record = reasons.records[row.id];
    return record ? [reasonsRow(index + 1, record, row.cells)] : [];
  });
  if (rows.length === 0) return null;
  const first = Object.values(reasons.records)[0]!;
  return tableSheet({
    name: REASONS_SHEET,
    title: '有限空间风险分级依据',
    table: reasonsTable,
    rows,
    notes: [
      `分级规则：${first.ruleSet}。${first.notice}`,
      '“本站理解”是本站对所引条文的理解，不是条文原文。本表不是附件3的一部分，报送或留存附件3时以第一张工作表为准。',
    ],
  });
}

/**
 * The line under the official sheet when rows were graded here: their 风险等级 is the site's 参考分级,
 * not an official one, and where to read why. null when no row was.
 */
export function referenceGradeNote(data: AnnexData, reasons: LedgerReasons): string | null {
  const serials = data.rows.flatMap((row, i) => (reasons.records[row.id] ? [i + 1] : []));
  if (serials.length === 0) return null;
  const rows = serials.length === data.rows.length ? '各行' : `第 ${serials.join('、')} 行`;
  return (
    `说明（本站理解）：${rows}的风险等级由本站“有限空间风险分级”页按参考规则给出，是参考分级，不是官方分级标准；` +
    `依据见工作表“${REASONS_SHEET}”。行业主管部门发布了分级标准的，以其为准。`
  );
}

/**
 * The 台账 workbook: the official sheet, then 分级依据 when any row was graded here. The official sheet
 * then says under its 备注 which rows carry a 参考分级 (it is the sheet that is summed into 附件4).
 */
export function ledgerSheets(layout: AnnexLayout, data: AnnexData, reasons: LedgerReasons): SheetModel[] {
  const extra = reasonsSheet(data, reasons);
  const note = referenceGradeNote(data, reasons);
  const official = toSheet(note ? { ...layout, notes: [...layout.notes, note] } : layout, data);
  return extra ? [official, extra] : [official];
}

const split = (text: string) =>
  text
    .split(/[、，,；;\/\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * A 台账 row (typed or imported from Excel) as a description to grade: hazards whose names appear in
 * 主要危险有害因素, the type whose name appears in 有限空间名称, 作业形式 from 自主/外包. What cannot be
 * read is listed in `unread` (the user picks it on the page); nothing is guessed beyond the words.
 */
export function spaceFromRow(
  model: Pick<GradingModel, 'types' | 'hazards'>,
  cells: Record<string, string>,
): { space: SpaceDescription; unread: string[]; typeKnown: boolean } {
  const unread: string[] = [];
  const text = cells.hazards ?? '';
  const hazards = model.hazards.filter((h) => h.id !== 'other' && text.includes(h.label)).map((h) => h.id);
  const extra = split(text).filter((word) => !model.hazards.some((h) => word.includes(h.label)));
  if (text.includes('坍塌') || text.includes('掩埋')) {
    const e = model.hazards.find((h) => h.id === 'engulfment');
    if (e && !hazards.includes(e.id)) hazards.push(e.id);
  }
  const leftover = extra.filter((w) => !/坍塌|掩埋/.test(w));
  if (leftover.length && model.hazards.some((h) => h.id === 'other')) {
    hazards.push('other');
    unread.push(`危险有害因素“${leftover.join('、')}”不在可选项中，已作为“其他”，请核对`);
  }
  const name = cells.name ?? '';
  const type = model.types.find((t) => t.id !== 'other' && name.includes(t.label));
  if (!type) unread.push('从名称看不出类型，请选择');
  const mode = cells.mode ?? '';
  const workMode = mode.includes('外包') ? 'outsourced' : 'own';
  if (!/自主|外包/.test(mode)) unread.push('作业形式未填写，暂按自主，请核对');
  const count = Number((cells.quantity ?? '').trim());
  if (!Number.isInteger(count) || count < 1) unread.push('数量不是正整数，暂按 1，请核对');
  return {
    space: {
      name,
      location: cells.location ?? '',
      count: Number.isInteger(count) && count >= 1 ? count : 1,
      type: type?.id ?? 'other',
      typeOther: type ? '' : name,
      hazards,
      hazardsOther: leftover.join('、'),
      workMode,
    },
    unread,
    /** Whether the type was read from the name (false: 其他, to be chosen by the user). */
    typeKnown: !!type,
  };
}

/** Hazards that make a space one with 中毒 risk, the words of 第10号令第十三条 (“其他有毒气体”: its “等”, 本站理解). */
export const poisoningHazards = ['hydrogen-sulfide', 'carbon-monoxide', 'other-toxic'];
/** Hazards of 窒息 (第13号令第七条第二款 “中毒和窒息”); 第十三条 does not name them. */
export const asphyxiationHazards = ['carbon-dioxide', 'oxygen-deficiency'];
/** The spaces 第10号令第六条（二）（四） names (建材). */
export const buildingMaterialsTypes = ['building-silo', 'building-kiln-mill'];

/**
 * What the grade and the space ask for (shown with the result): the plan's 作业方案 for 高/中, and what
 * still applies to 低 (审批, 风险评估); 第十三条's 情形 for spaces with 中毒 risk (a ticked gas, or a type the
 * texts name for such gases) — not for 窒息, which 第十三条 does not name: 第13号令第七条第二款 instead;
 * 第六条（二）（四） for the 建材 spaces it names; 第七条（六） for solvent cleaning; the outsourcing duties.
 */
export function gradeMeaning(model: Pick<GradingModel, 'types'>, result: GradingResult) {
  const type = model.types.find((t) => t.id === result.space.type);
  const gases = [...result.space.hazards, ...(type?.suggestedHazards ?? [])];
  return {
    plan: result.grade === '高' || result.grade === '中',
    poisoning: gases.some((h) => poisoningHazards.includes(h)),
    asphyxiation: gases.some((h) => asphyxiationHazards.includes(h)),
    buildingMaterials: buildingMaterialsTypes.includes(result.space.type),
    solvent: result.space.hazards.includes('solvent-cleaning'),
    outsourced: result.space.workMode === 'outsourced',
  };
}
export type GradeMeaningFlags = ReturnType<typeof gradeMeaning>;

/** The two drafts a graded space is written to. */
export interface LedgerStores {
  ledger: DraftStore<AnnexData>;
  reasons: DraftStore<LedgerReasons>;
}

export type SaveOutcome =
  { ok: true; rowId: string; serial: number; added: boolean } | { ok: false; message: string };

/** The 台账 and its 分级依据 as stored now (empty ones when nothing is stored yet), or why they cannot be read. */
export function loadLedger(
  layout: AnnexLayout,
  stores: LedgerStores,
): { ok: true; data: AnnexData; reasons: LedgerReasons } | { ok: false; message: string } {
  const ledger = stores.ledger.load();
  if (ledger.status === 'unavailable' || ledger.status === 'unreadable')
    return { ok: false, message: `台账草稿无法读取：${ledger.message}` };
  const reasons = stores.reasons.load();
  if (reasons.status === 'unavailable' || reasons.status === 'unreadable')
    return { ok: false, message: `分级依据草稿无法读取：${reasons.message}` };
  const data = ledger.status === 'loaded' ? ledger.data : null;
  return {
    ok: true,
    data: data ?? { annex: layout.id, fields: {}, rows: [] },
    reasons: reasons.status === 'loaded' ? reasons.data : emptyReasons(),
  };
}

/**
 * Writes a graded space into the 台账 draft (row `rowId`, or a new row) and its record into the
 * 分级依据 draft. Reads both first, so what another page saved is kept; says plainly when it cannot.
 */
export function saveGradedSpace(
  layout: AnnexLayout,
  stores: LedgerStores,
  model: Pick<GradingModel, 'types' | 'hazards'>,
  result: GradingResult,
  {
    rowId,
    names,
    now,
    empty,
  }: { rowId?: string | null; names: DocumentNames; now: string; empty: AnnexData },
): SaveOutcome {
  const current = loadLedger(layout, stores);
  if (!current.ok) return current;
  const base = current.data.rows.length ? current.data : empty;
  const put = putLedgerRow(layout, base, ledgerCells(model, result), rowId);
  const saved = stores.ledger.save(put.data);
  if (saved.status !== 'saved')
    return {
      ok: false,
      message:
        saved.status === 'conflict' ? '台账正在另一个标签页中修改，请关闭那个标签页后再试。' : saved.message,
    };
  const reasons = keepRecord(current.reasons, gradingRecord(model, result, put.rowId, names, now), put.data);
  const kept = stores.reasons.save(reasons, { force: true });
  if (kept.status !== 'saved')
    return { ok: false, message: `已写入台账，但分级依据没有保存：${'message' in kept ? kept.message : ''}` };
  return {
    ok: true,
    rowId: put.rowId,
    serial: put.data.rows.findIndex((r) => r.id === put.rowId) + 1,
    added: put.added,
  };
}
