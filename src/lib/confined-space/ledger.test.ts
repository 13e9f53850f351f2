import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerReasonsSchema } from '../../schemas/confined-space-ledger';
import { annexDraftStore } from '../table/annex-draft';
import { emptyAnnex, setField } from '../table/data';
import { DraftStore } from '../table/draft';
import { importAnnexFile, readSheets } from '../table/import';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { workbookBytes } from '../table/xlsx-write';
import { loadCriteriaFromFiles } from '../criteria/load-node';
import { gradeSpace, type GradingOutcome } from './grading';
import {
  emptyReasons,
  gradeMeaning,
  gradingRecord,
  keepRecord,
  ledgerCells,
  ledgerSheets,
  putLedgerRow,
  referenceGradeNote,
  reasonsDraftSpec,
  saveGradedSpace,
  REASONS_SHEET,
  reasonsSheet,
  spaceFromRow,
} from './ledger';
import { loadConfinedSpaceFromFiles } from './load-node';
import { readLedgerFile } from './statistics';
import { memoryStorage } from '../browser/memory-storage';

const root = path.resolve(__dirname, '../../..');
const model = loadConfinedSpaceFromFiles(root);
const layout = loadLayoutsFromFiles(root).annex3;
const names = Object.fromEntries(loadCriteriaFromFiles(root).documents.map((d) => [d.id, d.shortName]));
const ok = (o: GradingOutcome) => {
  if (!o.ok) throw new Error(o.errors.join('\n'));
  return o.result;
};

const well = ok(
  gradeSpace(model, {
    name: '1号污水井',
    location: '污水处理站',
    count: 2,
    type: 'sewage-well',
    hazards: ['hydrogen-sulfide', 'carbon-dioxide'],
    workMode: 'outsourced',
  }),
);
const tank = ok(
  gradeSpace(
    model,
    {
      name: '清水罐',
      location: '水泵房',
      count: 1,
      type: 'storage-tank',
      hazards: ['drowning'],
      workMode: 'own',
    },
    { grade: '中', reason: '罐深 6 米，曾有积水' },
  ),
);

/** Two graded spaces in a fresh 台账, with their records. */
function ledger() {
  let data = setField(emptyAnnex(layout), 'enterprise', '晋城某机械有限公司');
  let reasons = emptyReasons();
  for (const result of [well, tank]) {
    const put = putLedgerRow(layout, data, ledgerCells(model, result));
    data = put.data;
    reasons = keepRecord(
      reasons,
      gradingRecord(model, result, put.rowId, names, '2026-06-01T08:00:00Z'),
      data,
    );
  }
  return { data, reasons };
}

describe('graded spaces in the 台账 (附件3)', () => {
  it('fill the empty first row, then add rows, with the 台账 words', () => {
    const { data, reasons } = ledger();
    expect(data.rows).toHaveLength(2);
    expect(data.rows[0]!.cells).toMatchObject({
      name: '1号污水井',
      location: '污水处理站',
      quantity: '2',
      hazards: '硫化氢、二氧化碳',
      mode: '外包作业',
      risk: '高',
      consequences: '',
      approver: '',
    });
    expect(data.rows[1]!.cells).toMatchObject({ risk: '中', mode: '自主作业' });
    expect(Object.keys(reasons.records)).toEqual(data.rows.map((r) => r.id));
    expect(ledgerReasonsSchema.safeParse(reasons).success).toBe(true);
  });

  it('regrading a row updates its cells and keeps what the user typed elsewhere', () => {
    const { data } = ledger();
    const id = data.rows[1]!.id;
    const typed = {
      ...data,
      rows: data.rows.map((r) => (r.id === id ? { ...r, cells: { ...r.cells, approver: '张三' } } : r)),
    };
    const put = putLedgerRow(layout, typed, { risk: '高' }, id);
    expect(put.rowId).toBe(id);
    expect(put.added).toBe(false);
    expect(put.data.rows[1]!.cells).toMatchObject({ risk: '高', approver: '张三', name: '清水罐' });
  });

  it('keeps the override and its reason, and drops records of removed rows', () => {
    const { data, reasons } = ledger();
    const record = reasons.records[data.rows[1]!.id]!;
    expect(record).toMatchObject({
      computed: '低',
      grade: '中',
      override: { grade: '中', reason: '罐深 6 米，曾有积水' },
    });
    const fewer = { ...data, rows: [data.rows[0]!] };
    expect(Object.keys(keepRecord(reasons, reasons.records[data.rows[0]!.id]!, fewer).records)).toEqual([
      data.rows[0]!.id,
    ]);
  });

  it('round trip: the official sheet first, marking its 参考分级 rows, then 分级依据; importing and 附件4 read the same 台账', async () => {
    const { data, reasons } = ledger();
    const bytes = await workbookBytes(ledgerSheets(layout, data, reasons));
    const read = await readSheets(bytes, '台账.xlsx');
    if ('error' in read) throw new Error(read.error);
    expect(read.sheets).toHaveLength(2);
    expect(read.sheets[1]!.name).toBe(REASONS_SHEET);
    // The official sheet (the one summed into 附件4) says its 风险等级 is the site's 参考分级, under its 备注.
    const official = read.sheets[0]!.matrix.map((row) => row.map((c) => String(c ?? '')).join(''));
    const note = official.findIndex((line) => line.includes('参考分级'));
    expect(note).toBeGreaterThan(official.findIndex((line) => line.startsWith('备注')));
    expect(official[note]).toBe(
      `说明（本站理解）：各行的风险等级由本站“有限空间风险分级”页按参考规则给出，是参考分级，不是官方分级标准；依据见工作表“${REASONS_SHEET}”。行业主管部门发布了分级标准的，以其为准。`,
    );
    expect(JSON.stringify(read.sheets[0]!.matrix)).not.toContain('罐深');
    const back = await importAnnexFile(layout, bytes, '台账.xlsx');
    expect(back.errors).toEqual([]);
    expect(back.data!.fields.enterprise).toBe('晋城某机械有限公司');
    expect(back.data!.rows.map((r) => r.cells)).toEqual(data.rows.map((r) => r.cells));
    const counted = readLedgerFile(layout, read, '台账.xlsx', 'f1');
    expect(counted.problems).toEqual([]);
    expect(counted.rows).toBe(data.rows.length);
  });

  it('names only the rows graded here; a 台账 with none graded has no such line', () => {
    const { data, reasons } = ledger();
    const typedRow = { id: 'typed', cells: { ...data.rows[0]!.cells, name: '手填的井' } };
    const more = { ...data, rows: [typedRow, ...data.rows] };
    expect(referenceGradeNote(more, reasons)).toMatch(/^说明（本站理解）：第 2、3 行的风险等级/);
    expect(referenceGradeNote(more, emptyReasons())).toBeNull();
    const sheets = ledgerSheets(layout, more, emptyReasons());
    expect(sheets).toHaveLength(1);
    expect(JSON.stringify(sheets[0]!.rows)).not.toContain('参考分级');
  });

  it('the 分级依据 sheet lists rule, clause, 本站理解 and the override reason per 台账 row', async () => {
    const { data, reasons } = ledger();
    const sheet = reasonsSheet(data, reasons)!;
    const text = sheet.rows.map((row) => row.map((c) => c.value ?? '').join('|')).join('\n');
    expect(text).toContain(
      '第10号令第十三条：“存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业有下列情形之一的',
    );
    expect(text).toContain('本方案：“污水井、化粪池');
    expect(text).toContain('罐深 6 米，曾有积水');
    expect(text).toContain('参考分级');
    const serials = sheet.rows.slice(sheet.dataStart, sheet.dataEnd + 1).map((r) => r[0]!.value);
    expect(serials).toEqual([1, 2]);
    // A row whose grade was changed in the 台账 afterwards is marked, not exported as if still true.
    const edited = {
      ...data,
      rows: data.rows.map((r, i) => (i === 0 ? { ...r, cells: { ...r.cells, risk: '低' } } : r)),
    };
    const marked = reasonsSheet(edited, reasons)!;
    expect(JSON.stringify(marked.rows)).toContain('请重新分级');
    expect(reasonsSheet(data, emptyReasons())).toBeNull();
    expect(ledgerSheets(layout, data, emptyReasons())).toHaveLength(1);
  });
});

describe('grading an imported 台账 row', () => {
  it('reads hazards, type, count and 作业形式 from the row', () => {
    const { space, unread } = spaceFromRow(model, {
      name: '2号化粪池',
      location: '生活区',
      quantity: '3',
      hazards: '硫化氢、缺氧、淹溺',
      mode: '外包作业',
    });
    expect(unread).toEqual([]);
    expect(space).toMatchObject({
      type: 'septic-tank',
      count: 3,
      hazards: ['hydrogen-sulfide', 'oxygen-deficiency', 'drowning'],
      workMode: 'outsourced',
    });
    expect(ok(gradeSpace(model, space)).grade).toBe('高');
  });

  it('says what it could not read instead of guessing', () => {
    const { space, unread } = spaceFromRow(model, {
      name: '成品库',
      quantity: '',
      hazards: '中毒窒息',
      mode: '',
    });
    expect(space).toMatchObject({
      type: 'other',
      typeOther: '成品库',
      hazards: ['other'],
      hazardsOther: '中毒窒息',
      count: 1,
    });
    expect(unread).toHaveLength(4);
  });
});

describe('what the grade means', () => {
  const graded = (type: string, hazards: string[]) =>
    ok(gradeSpace(model, { name: 'x', count: 1, type, hazards, workMode: 'own' }));
  const none = {
    poisoning: false,
    asphyxiation: false,
    buildingMaterials: false,
    solvent: false,
    outsourced: false,
  };
  const meaningOf = (type: string, hazards: string[]) => gradeMeaning(model, graded(type, hazards));
  /** 作业方案 (高/中) and one more thing the grade means. */
  const plannedAnd = (flag: keyof typeof none) => ({ ...none, plan: true, [flag]: true });
  it('作业方案 for 高/中, 第十三条 for 中毒 only, outsourcing when 外包', () => {
    expect(gradeMeaning(model, well)).toEqual({
      ...none,
      plan: true,
      poisoning: true,
      asphyxiation: true,
      outsourced: true,
    });
    expect(gradeMeaning(model, tank)).toEqual({ ...none, plan: true });
    expect(gradeMeaning(model, graded('furnace', ['high-temperature']))).toEqual({ ...none, plan: false });
  });
  it('窒息 (二氧化碳、缺氧) is not 第十三条’s 中毒: it points to 第13号令第七条第二款', () => {
    expect(meaningOf('pit', ['oxygen-deficiency'])).toEqual(plannedAnd('asphyxiation'));
    expect(meaningOf('storage-tank', ['other-toxic'])).toEqual(plannedAnd('poisoning'));
  });
  it('第六条（二）（四） for the 建材 spaces it names, 第七条（六） for solvent cleaning', () => {
    expect(meaningOf('building-kiln-mill', ['mechanical'])).toEqual(plannedAnd('buildingMaterials'));
    expect(meaningOf('storage-tank', ['solvent-cleaning'])).toEqual(plannedAnd('solvent'));
  });
});

describe('加入台账 through the drafts', () => {
  const memory = () => memoryStorage();
  it('writes the row into the annex3 draft and the record into the 分级依据 draft; regrading updates the same row', () => {
    const storage = memory();
    const stores = () => ({
      ledger: annexDraftStore(storage, 'annex3'),
      reasons: new DraftStore(storage, reasonsDraftSpec),
    });
    const opts = { names, now: '2026-06-01T08:00:00Z', empty: emptyAnnex(layout) };
    const first = saveGradedSpace(layout, stores(), model, well, opts);
    const second = saveGradedSpace(layout, stores(), model, tank, opts);
    expect(first).toMatchObject({ ok: true, serial: 1, added: true });
    expect(second).toMatchObject({ ok: true, serial: 2, added: true });
    const again = saveGradedSpace(layout, stores(), model, well, {
      ...opts,
      rowId: (first as { rowId: string }).rowId,
    });
    expect(again).toMatchObject({ ok: true, serial: 1, added: false });
    const ledger = annexDraftStore(storage, 'annex3').load();
    if (ledger.status !== 'loaded') throw new Error(ledger.status);
    expect(ledger.data.rows.map((r) => r.cells.name)).toEqual(['1号污水井', '清水罐']);
    const reasons = new DraftStore(storage, reasonsDraftSpec).load();
    if (reasons.status !== 'loaded') throw new Error(reasons.status);
    expect(Object.keys(reasons.data.records)).toEqual(ledger.data.rows.map((r) => r.id));
  });
  it('leaves an unreadable 台账 draft alone and says so', () => {
    const storage = memory();
    storage.setItem('jc76.annex.annex3', '{not json');
    const out = saveGradedSpace(
      layout,
      { ledger: annexDraftStore(storage, 'annex3'), reasons: new DraftStore(storage, reasonsDraftSpec) },
      model,
      well,
      { names, now: 'x', empty: emptyAnnex(layout) },
    );
    expect(out).toEqual({ ok: false, message: expect.stringContaining('台账草稿无法读取') });
    expect(storage.getItem('jc76.annex.annex3')).toBe('{not json');
  });
});
