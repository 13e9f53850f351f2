import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { buildSummary } from './combine';
import {
  emptyFilesDraft,
  filesDraftKey,
  filesDraftStore,
  restoredFiles,
  restoredSummaryNote,
  SUMMARY_FULL_MESSAGE,
  summaryStorageMessage,
  withChoices,
  withFiles,
  withoutFile,
} from './files-draft';
import type { ReceivedFile } from './received';
import { memoryStorage } from '../browser/memory-storage';

const { annex1, annex2 } = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));

const annex2File = (i: number, rowCount = 25): ReceivedFile => ({
  id: `f${i}`,
  fileName: `第${i}乡镇安监站2025年重大事故隐患清单（6月）.xlsx`,
  source: 'annex',
  unit: `第${i}乡镇安监站`,
  unitFromFileName: false,
  date: '2025-06-24',
  sheet: '附件2',
  months: [],
  rows: Array.from({ length: rowCount }, (_, r) => ({
    row: 4 + r,
    cells: {
      'check-date': '2025-06-12',
      inspector: `晋城市第${i}乡镇应急管理站`,
      inspected: `山西晋城第${r + 1}号钢铁集团有限公司`,
      industry: '冶金',
      description: `炼钢车间${r + 1}号转炉煤气区域未设置固定式一氧化碳检测报警装置，煤气柜检修记录不全，作业人员未佩戴便携式报警仪`,
      deadline: '限期30日',
      progress: '整改中，已落实临时措施，报警装置已采购待安装',
      remark: '',
    },
  })),
  problems: [],
  other: null,
  notices: [`文件里“备注”一列没有填写`],
});

const annex1File = (id: string, unit: string, date: string, months: string[]): ReceivedFile => ({
  ...annex2File(0, 0),
  id,
  fileName: `${id}.xlsx`,
  unit,
  date,
  months: months.map((month, i) => ({
    month,
    row: 5 + i,
    cells: { 'self-enterprises': '25', 'self-general': '3', 'public-major-fixed': '1' },
  })),
  notices: [],
});

/** A fresh store (as another page load has it), its schema loaded as the page loads it. */
async function prepared(...args: Parameters<typeof filesDraftStore>) {
  const store = filesDraftStore(...args);
  await store.prepare();
  return store;
}

describe('the 汇总 files draft', () => {
  it('keeps the read results: restored files give the same 汇总 and the same choices', async () => {
    const files = [
      annex1File('f1', '甲镇', '2025-07-01', ['2025-05', '2025-06']),
      annex1File('f2', '甲镇', '2025-07-01', ['2025-06']),
    ];
    const choices = { '甲镇|2025-06': 'f2' };
    const draft = withChoices(withFiles(emptyFilesDraft(annex1), files, 3), choices);
    const storage = memoryStorage();
    expect(filesDraftStore(storage, 'annex1').save(draft).status).toBe('saved');
    const loaded = (await prepared(storage, 'annex1')).load();
    expect(loaded.status).toBe('loaded');
    if (loaded.status !== 'loaded') return;
    expect(loaded.data.next).toBe(3);
    const back = restoredFiles(annex1, loaded.data);
    expect(back).toEqual(
      files.map((f) => ({
        ...f,
        // every editable column is there again, blank where the file had nothing
        months: f.months.map((p) => ({ ...p, cells: { ...blankCells(), ...p.cells } })),
      })),
    );
    expect(buildSummary(annex1, back, loaded.data.choices)).toEqual(buildSummary(annex1, back, choices));
    expect(
      buildSummary(annex1, back, loaded.data.choices).data.rows.map((r) => r.cells['self-enterprises']),
    ).toEqual(['25', '25']);
    expect(restoredFiles(annex1, withoutFile(loaded.data, 'f1')).map((f) => f.id)).toEqual(['f2']);
  });

  it('a column the layout no longer has is dropped; a new one reads blank', async () => {
    const draft = withFiles(emptyFilesDraft(annex1), [annex1File('f1', '甲镇', '', ['2025-05'])], 2);
    const renamed = { ...draft, columns: draft.columns.map((k) => (k === 'self-general' ? 'old-key' : k)) };
    const cells = restoredFiles(annex1, renamed)[0]!.months[0]!.cells;
    expect(cells['self-general']).toBe('');
    expect(cells['self-enterprises']).toBe('25');
    expect('old-key' in cells).toBe(false);
  });

  it('200 files of 25 附件2 rows fit in a quarter of the browser’s storage', async () => {
    const files = Array.from({ length: 200 }, (_, i) => annex2File(i + 1));
    const storage = memoryStorage(5 * 1024 * 1024);
    const store = filesDraftStore(storage, 'annex2');
    expect(store.save(withFiles(emptyFilesDraft(annex2), files, 201)).status).toBe('saved');
    const size = storage.data.get(filesDraftKey('annex2'))!.length;
    expect(size).toBeLessThan((5 * 1024 * 1024) / 4);
    const loaded = (await prepared(storage, 'annex2')).load();
    expect(loaded.status === 'loaded' && restoredFiles(annex2, loaded.data)).toEqual(
      files.map((f) => ({ ...f, rows: f.rows.map((r) => ({ ...r, cells: { ...r.cells } })) })),
    );
  });

  it('storage full: the save says so in the page’s words, and nothing read is lost from the draft in hand', () => {
    const storage = memoryStorage(2000);
    const draft = withFiles(emptyFilesDraft(annex2), [annex2File(1)], 2);
    const saved = filesDraftStore(storage, 'annex2').save(draft);
    expect(saved.status).toBe('full');
    if (saved.status !== 'full') return;
    expect(summaryStorageMessage(saved.message)).toBe(SUMMARY_FULL_MESSAGE);
    expect(SUMMARY_FULL_MESSAGE).toContain('没有保存');
    expect(SUMMARY_FULL_MESSAGE).toContain('本页仍可继续汇总');
    expect(restoredFiles(annex2, draft)).toHaveLength(1);
    expect(summaryStorageMessage('别的问题')).toBe('别的问题');
  });

  it('a draft of another annex is not read as this one', async () => {
    const storage = memoryStorage();
    storage.setItem(
      filesDraftKey('annex1'),
      JSON.stringify({ v: 1, savedAt: '', tab: 'x', rev: 1, data: emptyFilesDraft(annex2) }),
    );
    const loaded = (await prepared(storage, 'annex1')).load();
    expect(loaded).toEqual({ status: 'unreadable', message: '草稿属于annex2，不是annex1' });
  });

  it('says how many files were restored', () => {
    expect(restoredSummaryNote(3, '')).toBe('已恢复上次选择的 3 份文件的读取结果。');
    expect(restoredSummaryNote(2, '2026-12-05T01:02:00Z')).toMatch(
      /^已恢复上次选择的 2 份文件的读取结果（保存于 .+）。$/,
    );
  });
});

function blankCells() {
  return Object.fromEntries(annex1.columns.filter((c) => c.type !== 'row-label').map((c) => [c.key, '']));
}
