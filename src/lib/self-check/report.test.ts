import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../table/xlsx-write';
import { loadSelfCheckFromFiles } from './load-node';
import { checkItems } from './items';
import { emptySelfCheck, type SelfCheck } from './record';
import {
  groupTitles,
  hazardsTable,
  itemsTable,
  printedHeaders,
  printedItems,
  reportFileName,
  reportSheets,
  selfCheckReport,
} from './report';
import { selectSelfCheck } from './select';
import { annex2Cells } from './annex2';
import { hazardsOf } from './hazards';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const selection = selectSelfCheck(data, ['metal-smelting', 'non-coal-mine'], {
  'mem10-industry': ['metallurgy'],
  'mine-kind': ['underground'],
});
const items = checkItems(data, selection);
const check: SelfCheck = {
  ...emptySelfCheck('a', '2025-08-01', 't'),
  enterprise: '某钢铁公司',
  inspectors: '张三、李四',
  kinds: ['metal-smelting', 'non-coal-mine'],
  answers: { 'mem10-industry': ['metallurgy'], 'mine-kind': ['underground'] },
  results: {
    'gas-archives': { status: '不符合', description: '档案缺失', progress: '已整改', owner: '王五' },
    'mem10-4-6': { status: '存在该情形', deadline: '2025-07-31', measure: '加装报警仪' },
    'mem10-4-7': { status: '不存在该情形' },
    'gas-alarm': { status: '符合' },
  },
};
const report = selfCheckReport(data, selection, items, check, '2025-08-20');

describe('自查自改报告', () => {
  it('names the enterprise, scope and results, 重大 hazards first', () => {
    expect(report.enterprise).toBe('某钢铁公司');
    expect(report.kinds).toEqual(['金属冶炼企业', '非煤矿山企业']);
    expect(report.answers.find((a) => a.question.includes('矿山'))?.answer).toBe('地下矿山');
    expect(report.lists[0]).toBe('行动方案 （一）金属冶炼企业排查整治攻坚行动');
    expect(report.lists).toContain('第10号令第四条');
    expect(report.lists.some((l) => l.startsWith('一、'))).toBe(true);
    expect(report.hazards.map((h) => [h.no, h.item.id, h.level, h.overdue])).toEqual([
      [1, 'mem10-4-6', '重大', true],
      [2, 'gas-archives', '一般', false],
    ]);
    expect(report.summary).toContain('判定标准条款 ');
    expect(report.summary).toContain('不存在该情形 1 项、存在该情形 1 项、不适用 0 项');
    expect(report.summary).toContain('方案要求条目 ');
    expect(report.summary).toContain('符合 1 项、不符合 1 项、不适用 0 项');
    expect(report.summary).toContain('发现隐患 2 项，其中重大事故隐患 1 项、一般隐患 1 项');
    expect(report.summary).toContain('已整改 1 项');
    expect(report.summary).toContain('逾期未整改 1 项');
    expect(report.items.length).toBe(items.length);
    expect(groupTitles(items)).toEqual(report.lists);
  });
  it('writes 报告, 检查条目 and 隐患清单 sheets', async () => {
    const wb = XLSX.read(await workbookBytes(reportSheets(report)), { type: 'array' });
    expect(wb.SheetNames).toEqual(['报告', '检查条目', '隐患清单']);
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, defval: '' }) as string[][];
    const r = rows('报告');
    expect(r[0]![0]).toBe('安全生产隐患自查自改报告');
    expect(r.some((row) => row[0] === '企业名称' && row[1] === '某钢铁公司')).toBe(true);
    expect(r.some((row) => row[0] === '企业主要负责人（签字）：')).toBe(true);
    const h = rows('隐患清单');
    const first = h.findIndex((row) => row[0] === '序号');
    expect(h[first + 1]!.slice(1, 3)).toEqual(['重大', items.find((i) => i.id === 'mem10-4-6')!.text]);
    expect(h[first + 1]![7]).toBe('未整改（逾期）');
    expect(h[first + 2]!.slice(1, 3)).toEqual(['一般', '档案缺失']);
    const it = rows('检查条目');
    expect(it.filter((row) => /^\d+$/.test(String(row[0]))).length).toBe(items.length);
    // Criteria are answered as 情形; plan items as 符合 / 不符合.
    const status = (id: string) => it.find((row) => row[3] === items.find((i) => i.id === id)!.text)![4];
    expect(status('mem10-4-6')).toBe('存在该情形（重大事故隐患）');
    expect(status('mem10-4-7')).toBe('不存在该情形');
    expect(status('gas-alarm')).toBe('符合');
    expect(status('mem10-4-8')).toBe('未检查');
  });
  it('file name', () => {
    expect(reportFileName(report)).toBe('自查自改报告_某钢铁公司_2025-08-01.xlsx');
  });
});

describe('what a person or a county reads names places in Chinese, never a slug', () => {
  const all = selectSelfCheck(data, ['metal-smelting', 'dust-explosion', 'confined-space', 'non-coal-mine'], {
    'mem10-industry': ['metallurgy'],
    'mine-kind': ['underground'],
  });
  const everyItem = checkItems(data, all);
  const failed: SelfCheck = {
    ...emptySelfCheck('b', '2025-08-01', 't'),
    enterprise: '某钢铁公司',
    results: Object.fromEntries(
      everyItem.map((i) => [
        i.id,
        { status: i.criterion ? '存在该情形' : '不符合', description: '现场发现', deadline: '2025-09-30' },
      ]),
    ),
  };
  const slug = /#\s*[a-z][a-z0-9-]*/;
  it('the report, its workbook and the 附件2 rows', async () => {
    const r = selfCheckReport(data, all, everyItem, failed, '2025-08-20');
    for (const i of r.items) expect(i.source).not.toMatch(slug);
    expect(r.items.find((i) => i.source.startsWith('行动方案（一）1. '))).toBeTruthy();
    const wb = XLSX.read(await workbookBytes(reportSheets(r)), { type: 'array' });
    for (const name of wb.SheetNames)
      for (const row of XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, defval: '' }))
        for (const cell of row) expect(String(cell)).not.toMatch(slug);
    const hazards = hazardsOf(everyItem, failed, '2025-08-20');
    for (const h of hazards) expect(annex2Cells(failed, h, '冶金').description).not.toMatch(slug);
    expect(hazards.length).toBeGreaterThan(20);
  });
});

describe('the printed report lists what was checked', () => {
  it('by default only the checked items, with a count line for the rest', () => {
    const p = printedItems(report, 'checked');
    expect(p.items.map((i) => i.answer).sort()).toEqual(
      ['不符合', '不存在该情形', '存在该情形', '符合'].sort(),
    );
    expect(p.items).toHaveLength(4);
    expect(p.leftOut).toBe(`另有 ${report.items.length - 4} 项未检查，未逐条列出（见“自查结果”的统计）。`);
  });
  it('只打印隐患 lists no item; 打印全部条目 lists all', () => {
    expect(printedItems(report, 'hazards')).toEqual({
      items: [],
      leftOut: `检查条目共 ${report.items.length} 项，本次只打印隐患，未逐条列出（见“自查结果”的统计）。`,
    });
    expect(printedItems(report, 'all')).toEqual({ items: report.items, leftOut: null });
  });
  it('prints the Excel’s headers', () => {
    expect(printedHeaders(itemsTable).map((h) => h.header)).toEqual([
      '序号',
      '类别',
      '出处',
      '检查内容（原文）',
      '检查结果',
    ]);
    expect(printedHeaders(hazardsTable).map((h) => h.header)[1]).toBe('隐患级别');
  });
});
