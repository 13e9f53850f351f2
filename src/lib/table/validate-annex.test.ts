import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from './fixtures/random';
import {
  addRow,
  addRowLabel,
  canRemoveRow,
  emptyAnnex,
  removeRow,
  setCell,
  setField,
  totals,
  type AnnexData,
} from './data';
import { loadLayoutsFromFiles, type PlanAnnexLayouts } from './load-layouts-node';
import { monthlyAnnex } from './fixtures/monthly';
import { cellId, checkAnnex, validateAnnex } from './validate-annex';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const messages = (layout: keyof PlanAnnexLayouts, data: AnnexData, forExport = false) =>
  validateAnnex(layouts[layout], data, { forExport }).map((e) => e.message);

/** 附件1 with its first months filled from objects of column → text. */
const annex1 = (months: Record<string, string>[]) => monthlyAnnex(layouts.annex1, months);

describe('validation messages say what is wrong and where, in Chinese', () => {
  it('counts are whole numbers ≥ 0', () => {
    const d = annex1([
      { 'self-general': '-1', 'self-major': '1.5', 'dept-enterprises': 'abc', 'public-general': '３' },
    ]);
    expect(messages('annex1', d)).toEqual([
      '5月 · 企业自查自纠情况 · 一般隐患（条）必须是不小于 0 的整数',
      '5月 · 企业自查自纠情况 · 重大隐患（条）必须是不小于 0 的整数',
      '5月 · 部门督查检查情况 · 督查企业（家）必须是不小于 0 的整数',
    ]);
  });

  it('已整改 may not exceed the hazards it follows, on running totals (累计)', () => {
    const ok = annex1([
      { 'self-general': '5', 'self-general-fixed': '2' },
      { 'self-general': '1', 'self-general-fixed': '4' },
    ]);
    expect(messages('annex1', ok)).toEqual([]);
    const bad = annex1([
      { 'self-general': '2', 'self-general-fixed': '1' },
      { 'self-general': '1', 'self-general-fixed': '3' },
    ]);
    expect(messages('annex1', bad)).toEqual([
      '6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）（截至6月累计：已整改 4，一般隐患 3）',
    ]);
    const first = annex1([{ 'dept-major': '0', 'dept-major-fixed': '1' }]);
    const errors = validateAnnex(layouts.annex1, first);
    expect(errors.map((e) => e.message)).toEqual([
      '5月 · 部门督查检查情况 · 已整改（条）不能大于重大隐患（条）',
    ]);
    expect(errors[0]!.target).toBe(cellId(first.rows[0]!.id, 'dept-major-fixed'));
  });

  it('万元 is ≥ 0 with at most two decimals; 累计 sums exactly', () => {
    let d = emptyAnnex(layouts.annex5);
    d = addRow(layouts.annex5, d);
    d = setCell(d, d.rows[0]!.id, 'penalty-amount', '0.1');
    d = setCell(d, d.rows[1]!.id, 'penalty-amount', '0.2');
    expect(totals(layouts.annex5, d.rows)['penalty-amount']).toBe('0.30');
    d = setCell(d, d.rows[1]!.id, 'penalty-amount', '1.234');
    expect(messages('annex5', d)).toEqual([
      '6月 · 行政处罚情况 · 处罚金额（万元）必须是不小于 0 的数，最多两位小数',
    ]);
    d = setCell(d, d.rows[1]!.id, 'penalty-amount', '-2');
    expect(messages('annex5', d)).toHaveLength(1);
  });

  it('整改时限 is a date or words; required cells; enums', () => {
    let d = emptyAnnex(layouts.annex2);
    const id = d.rows[0]!.id;
    // An untouched row is not nagged about required cells until export.
    expect(messages('annex2', d)).toEqual([]);
    expect(messages('annex2', d, true)).toContain('第 1 行 · 问题隐患描述不能为空');
    d = setCell(d, id, 'deadline', '2025-02-30');
    d = setCell(d, id, 'check-date', '2025年6月3日');
    expect(messages('annex2', d)).toEqual([
      '第 1 行 · 检查单位不能为空',
      '第 1 行 · 被检查单位不能为空',
      '第 1 行 · 问题隐患描述不能为空',
      '第 1 行 · 整改时限必须是日期（例如 2025-06-30）或文字（例如 立即整改、限期30日）',
    ]);
    // Words an inspector writes are fine, and so is a real date.
    for (const words of ['立即整改', '限期30日', '2025年6月30日前', '2025-06-30'])
      expect(messages('annex2', setCell(d, id, 'deadline', words))).not.toContainEqual(
        expect.stringContaining('整改时限'),
      );
    let l = emptyAnnex(layouts.annex3);
    l = setCell(setCell(l, l.rows[0]!.id, 'name', '污水井'), l.rows[0]!.id, 'mode', '委托');
    expect(messages('annex3', l)).toEqual(['第 1 行 · 作业形式只能填自主作业、外包作业之一']);
  });

  it('header fields are required before export, and a 填报日期 must be a date', () => {
    const d = emptyAnnex(layouts.annex1);
    expect(messages('annex1', d)).toEqual([]);
    expect(messages('annex1', d, true)).toEqual([
      '填报单位不能为空',
      '填报日期不能为空',
      '填报人不能为空',
      '联系电话不能为空',
    ]);
    expect(messages('annex1', setField(d, 'date', '六月'))).toEqual(['填报日期必须是日期，例如 2025-06-30']);
    expect(messages('annex3', emptyAnnex(layouts.annex3), true)).toContain('企业名称不能为空');
    // 附件4 has no lines above the table: only 填表人 and 联系电话 are asked for.
    expect(messages('annex4', emptyAnnex(layouts.annex4), true)).toEqual([
      '填表人不能为空',
      '联系电话不能为空',
    ]);
  });

  it('a field or cell longer than Excel keeps is reported, before and at export', () => {
    const d = emptyAnnex(layouts.annex2);
    const long = '字'.repeat(32_768);
    const both = setCell(setField(d, 'unit', long), d.rows[0]!.id, 'description', long);
    expect(messages('annex2', both)).toEqual([
      '填报单位有 32768 个字符，超过 Excel 单元格上限 32767 个字符',
      '第 1 行 · 检查时间不能为空',
      '第 1 行 · 检查单位不能为空',
      '第 1 行 · 被检查单位不能为空',
      '第 1 行 · 问题隐患描述有 32768 个字符，超过 Excel 单元格上限 32767 个字符',
    ]);
  });
});

describe('adding and removing rows', () => {
  it('months grow one at a time and shrink only from the end; free rows keep one; fixed rows stay', () => {
    let d = emptyAnnex(layouts.annex1);
    expect(addRowLabel(layouts.annex1, d)).toBe('添加 6月');
    for (let i = 0; i < 8; i++) d = addRow(layouts.annex1, d);
    expect(d.rows.map((r) => r.month).slice(-2)).toEqual(['2025-12', '2026-01']);
    expect(addRowLabel(layouts.annex1, d)).toBe('添加 2026年2月');
    expect(canRemoveRow(layouts.annex1, d, d.rows[3]!.id)).toBe(false);
    expect(removeRow(layouts.annex1, d, d.rows[3]!.id)).toBe(d);
    expect(removeRow(layouts.annex1, d, d.rows.at(-1)!.id).rows).toHaveLength(8);

    const free = emptyAnnex(layouts.annex2);
    expect(addRowLabel(layouts.annex2, free)).toBe('添加一行');
    expect(canRemoveRow(layouts.annex2, free, free.rows[0]!.id)).toBe(false);
    const two = addRow(layouts.annex2, free);
    expect(removeRow(layouts.annex2, two, two.rows[0]!.id).rows.map((r) => r.id)).toEqual([two.rows[1]!.id]);

    const fixed = emptyAnnex(layouts.annex4);
    expect(addRowLabel(layouts.annex4, fixed)).toBeNull();
    expect(addRow(layouts.annex4, fixed)).toBe(fixed);
    expect(canRemoveRow(layouts.annex4, fixed, fixed.rows[0]!.id)).toBe(false);
  });
});

describe('checkAnnex: a keystroke checks only what changed', () => {
  // Good and bad values of every column type: counts that break 已整改 ≤ 隐患, dates that do not exist, enums off the list.
  const VALUES = [
    '',
    ' ',
    '0',
    '1',
    '2',
    '3',
    '7',
    '12',
    '-1',
    '1.5',
    '0.25',
    '1.234',
    'abc',
    '2025-06-30',
    '2025-02-30',
    '20251131',
    '立即整改',
    '高',
    '中',
    '委托',
    '外包作业',
    '自主作业',
    '字'.repeat(32_768),
  ];

  for (const id of ['annex1', 'annex2', 'annex3', 'annex4', 'annex5'] as const) {
    it(`${id}: after each of 400 random edits, the same problems as a full validation`, () => {
      const layout = layouts[id];
      const r = rng(16 + id.length + Number(id.at(-1)));
      const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
      let data = emptyAnnex(layout);
      for (let i = 0; i < 6; i++) data = addRow(layout, data);
      let forExport = false;
      let check = checkAnnex(layout, data, { forExport });
      for (let step = 0; step < 400; step++) {
        const op = r();
        if (op < 0.7) {
          const row = pick(data.rows);
          data = setCell(data, row.id, pick(Object.keys(row.cells)), pick(VALUES));
        } else if (op < 0.8) data = setField(data, pick(layout.fields).key, pick(VALUES));
        else if (op < 0.86) data = addRow(layout, data);
        else if (op < 0.92) data = removeRow(layout, data, pick(data.rows).id);
        else if (op < 0.95) forExport = !forExport;
        // A draft read back from storage: equal values, every row a new object.
        else if (op < 0.98) data = JSON.parse(JSON.stringify(data)) as AnnexData;
        check = checkAnnex(layout, data, { forExport }, check);
        expect(check.errors, `step ${step}`).toEqual(validateAnnex(layout, data, { forExport }));
      }
    });
  }

  it('a keystroke in a 2,000-row 附件2 checks that row again and keeps every other row’s check', () => {
    const layout = layouts.annex2;
    let data = emptyAnnex(layout);
    for (let i = 1; i < 2000; i++) data = addRow(layout, data);
    data = setCell(data, data.rows[1500]!.id, 'check-date', '2025-02-30');
    const before = checkAnnex(layout, data);
    expect(before.errors.map((e) => e.message)).toContain('第 1501 行 · 检查时间必须是日期，例如 2025-06-30');
    const edited = setCell(data, data.rows[7]!.id, 'inspector', '市应急管理局');
    const after = checkAnnex(layout, edited, {}, before);
    after.rows.forEach((row, i) => {
      if (i !== 7) expect(row).toBe(before.rows[i]);
    });
    expect(after.rows[7]!.cells.map((e) => e.message)).toEqual([
      '第 8 行 · 检查时间不能为空',
      '第 8 行 · 被检查单位不能为空',
      '第 8 行 · 问题隐患描述不能为空',
    ]);
    expect(after.errors).toEqual(validateAnnex(layout, edited));
    // Typing on in that cell changes no problem: the same list, so nothing downstream redraws.
    const more = checkAnnex(
      layout,
      setCell(edited, edited.rows[7]!.id, 'inspector', '市应急管理局一组'),
      {},
      after,
    );
    expect(more.errors).toBe(after.errors);
  });

  it('a changed month re-checks 已整改 in the months after it (running totals)', () => {
    const d = annex1([
      { 'self-general': '2', 'self-general-fixed': '2' },
      { 'self-general': '0', 'self-general-fixed': '0' },
      { 'self-general': '1', 'self-general-fixed': '1' },
    ]);
    const before = checkAnnex(layouts.annex1, d);
    expect(before.errors).toEqual([]);
    const edited = setCell(d, d.rows[0]!.id, 'self-general', '1');
    const after = checkAnnex(layouts.annex1, edited, {}, before);
    expect(after.errors.map((e) => e.message)).toEqual([
      '5月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）',
      '6月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）（截至6月累计：已整改 2，一般隐患 1）',
      '7月 · 企业自查自纠情况 · 已整改（条）不能大于一般隐患（条）（截至7月累计：已整改 3，一般隐患 2）',
    ]);
    expect(after.errors).toEqual(validateAnnex(layouts.annex1, edited));
  });
});
