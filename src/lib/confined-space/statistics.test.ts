import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvBytes, toCsv } from '../table/csv';
import { readSheets } from '../table/import';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { toSheet } from '../table/sheet';
import { workbookBytes } from '../table/xlsx-write';
import { ledgerData } from './ledger-fixtures';
import {
  annex4Draft,
  annex4Sheets,
  buildAnnex4,
  type LedgerFile,
  readLedgerFile,
  suggestIndustry,
} from './statistics';

const root = path.resolve(__dirname, '../../..');
const layouts = loadLayoutsFromFiles(root);
const light = '轻工（农副产品加工、食品制造、印染）';
const mech = '机械（高炉企业）';

async function read(name: string, bytes: Uint8Array, id: string): Promise<LedgerFile> {
  return readLedgerFile(layouts.annex3, await readSheets(bytes, name), name, id);
}
const xlsx = async (data: ReturnType<typeof ledgerData>) => workbookBytes([toSheet(layouts.annex3, data)]);

/** Five files: two good xlsx, a hand-typed official-layout CSV, one with a bad row, one duplicate. */
async function files() {
  const a = ledgerData(layouts.annex3, '晋城甲食品有限公司', [
    ['1号污水井', '2', '高'],
    ['发酵池', '3', '中'],
  ]);
  const b = ledgerData(layouts.annex3, '晋城乙铸造有限公司', [
    ['煤气管道', '4', '高'],
    ['除尘器', '1', '中'],
    ['地坑', '5', '低'],
  ]);
  // Typed by hand in the official layout (title, header, a 备注 line), saved as CSV.
  const handTyped = [
    '晋城丙机械有限公司有限空间管理台账（参考）',
    '序号,有限空间名称,位置,数量,主要危险有害因素,可能事故后果,作业形式,风险等级,审批责任人',
    '1,循环水池,水泵房,2,缺氧,窒息,自主作业,中,李四',
    '2,储罐,罐区,1,可燃气体,爆炸,外包作业,低,李四',
    '备注：1.作业形式分为自主作业和外包作业。',
  ].join('\r\n');
  const bad = ledgerData(layouts.annex3, '晋城丁印染有限公司', [
    ['化粪池', '1', '高'],
    ['沉淀池', '', '中'],
  ]);
  const dup = ledgerData(layouts.annex3, '晋城甲食品有限公司', [['1号污水井', '2', '高']]);
  return [
    await read('甲食品.xlsx', await xlsx(a), 'f1'),
    await read('乙铸造台账.xlsx', await xlsx(b), 'f2'),
    await read('丙.csv', new TextEncoder().encode(handTyped), 'f3'),
    await read('丁印染.csv', csvBytes(toCsv(layouts.annex3, bad)), 'f4'),
    await read('甲食品（重发）.xlsx', await xlsx(dup), 'f5'),
  ];
}

const cells = (data: { rows: { label?: string; cells: Record<string, string> }[] }) =>
  data.rows.map((r) => [
    r.label,
    r.cells.enterprises,
    r.cells.sites,
    r.cells.high,
    r.cells.medium,
    r.cells.low,
  ]);

describe('附件4 from 台账 files', () => {
  it('reads each file: enterprise from the title, rows, spaces and 高/中/低, problems naming file and row', async () => {
    const [a, b, c, d] = await files();
    expect(a).toMatchObject({
      enterprise: '晋城甲食品有限公司',
      rows: 2,
      spaces: 5,
      grades: { high: 2, medium: 3, low: 0 },
    });
    expect(b).toMatchObject({ rows: 3, spaces: 10, problems: [] });
    expect(c).toMatchObject({
      enterprise: '晋城丙机械有限公司',
      rows: 2,
      spaces: 3,
      grades: { high: 0, medium: 2, low: 1 },
    });
    expect(d).toMatchObject({ enterprise: '丁印染', enterpriseFromFileName: true });
    expect(d!.problems).toEqual([
      '文件“丁印染.csv”台账第 2 行（沉淀池）：数量为空或不是正整数，无法计入作业场所数',
    ]);
  });

  it('suggests the 行业领域 from the names and leaves it empty when they say nothing', () => {
    const labels = [light, mech];
    expect(suggestIndustry(labels, { fileName: 'a.xlsx', enterprise: '晋城甲食品有限公司' })).toBe(light);
    expect(suggestIndustry(labels, { fileName: '乙铸造.xlsx', enterprise: '' })).toBe(mech);
    expect(suggestIndustry(labels, { fileName: 'x.xlsx', enterprise: '晋城某化工有限公司' })).toBe('');
  });

  it('sums the included files by 行业领域, leaves out the bad file and the duplicate, and says how many files', async () => {
    const result = buildAnnex4(layouts.annex4, await files(), { f3: { industry: mech } });
    expect(cells(result.data)).toEqual([
      [light, '1', '5', '2', '3', '0'],
      [mech, '2', '13', '4', '3', '6'],
    ]);
    expect(result.files.map((f) => f.status)).toEqual([
      'included',
      'included',
      'included',
      'error',
      'duplicate',
    ]);
    expect(result.files[4]!.duplicateOf).toBe('甲食品.xlsx');
    expect(result.totalNote).toBe('合计包括 3 个台账文件（共 5 个，2 个未计入）');
  });

  it('a duplicate counted on purpose adds its spaces but not a second enterprise; unassigned files are left out', async () => {
    const all = await files();
    const result = buildAnnex4(layouts.annex4, all, { f5: { include: true }, f3: { industry: '' } });
    expect(cells(result.data)[0]).toEqual([light, '1', '7', '4', '3', '0']);
    expect(result.files[2]!.status).toBe('unassigned');
    expect(result.files.map((f) => f.industry)).toEqual([light, mech, '', light, light]);
  });

  it('exports the official 附件4 sheet with its 合计 and a sheet of every source file', async () => {
    const result = buildAnnex4(layouts.annex4, await files(), { f3: { industry: mech } });
    const sheets = annex4Sheets(layouts.annex4, result, { unit: '泽州县应急管理局' });
    const back = await readSheets(await workbookBytes(sheets), '附件4.xlsx');
    if ('error' in back) throw new Error(back.error);
    expect(back.sheets.map((s) => s.name)[1]).toBe('来源文件');
    const official = back.sheets[0]!.matrix.map((r) => r.map((v) => (v === null ? '' : String(v))));
    expect(official.find((r) => r.includes('合计'))!.filter(Boolean)).toEqual([
      '合计',
      '3',
      '18',
      '6',
      '6',
      '6',
    ]);
    const sources = JSON.stringify(back.sheets[1]!.matrix);
    for (const name of ['甲食品.xlsx', '乙铸造台账.xlsx', '丙.csv', '丁印染.csv', '甲食品（重发）.xlsx'])
      expect(sources).toContain(name);
    expect(sources).toContain('合计包括 3 个台账文件');
    // Opening in the form keeps the fields already typed in the 附件4 draft.
    const draft = annex4Draft(result, {
      annex: 'annex4',
      fields: { unit: '泽州县应急管理局', date: '', filler: '', phone: '' },
      rows: [],
    });
    expect(draft.fields.unit).toBe('泽州县应急管理局');
    expect(cells(draft)).toEqual(cells(result.data));
  });
});

describe('the ledgers page as a draft', () => {
  it('keeps the read results and choices (not the files) and refuses a damaged draft without replacing it', async () => {
    const { memoryStorage } = await import('../browser/memory-storage');
    const { DraftStore } = await import('../table/draft');
    const { ledgerStatsDraftSpec, emptyLedgerStats } = await import('./statistics');
    const storage = memoryStorage();
    const kept = {
      ...emptyLedgerStats(),
      files: [
        {
          id: 'f1',
          fileName: '甲.xlsx',
          enterprise: '晋城甲有限公司',
          enterpriseFromFileName: false,
          rows: 2,
          spaces: 5,
          grades: { high: 2, medium: 3, low: 0 },
          problems: [],
        },
      ],
      choices: { f1: { industry: '机械（高炉企业）' } },
      next: 2,
    };
    expect(new DraftStore(storage, ledgerStatsDraftSpec, 'a').save(kept).status).toBe('saved');
    expect(new DraftStore(storage, ledgerStatsDraftSpec, 'b').load()).toMatchObject({
      status: 'loaded',
      data: kept,
    });
    storage.setItem(ledgerStatsDraftSpec.key, '{"v":1,"data":{"files":"x"}}');
    expect(new DraftStore(storage, ledgerStatsDraftSpec).load().status).toBe('unreadable');
    expect(storage.getItem(ledgerStatsDraftSpec.key)).toBe('{"v":1,"data":{"files":"x"}}');
  });
});
