import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnnex } from './data';
import { headerDepth, headerGrid, leafColumns } from './layout';
import { loadLayoutsFromFiles, type PlanAnnexLayouts } from './load-layouts-node';
import { toSheet } from './sheet';

const layouts = loadLayoutsFromFiles(path.resolve(__dirname, '../../..'));
const grid = (id: keyof PlanAnnexLayouts) =>
  headerGrid(layouts[id]).map(
    (c) =>
      `${c.text}@${c.row},${c.col}${c.rowSpan > 1 ? ` r${c.rowSpan}` : ''}${c.colSpan > 1 ? ` c${c.colSpan}` : ''}`,
  );

describe('annex headers match the official tables (content/source/plan.md)', () => {
  it('附件1: 2 header rows, 月份 spanning both, 17 number columns under three groups', () => {
    const l = layouts.annex1;
    expect(headerDepth(l)).toBe(2);
    expect(leafColumns(l).filter((c) => c.type === 'count')).toHaveLength(17);
    expect(grid('annex1').slice(0, 3)).toEqual([
      '月份@0,0 r2',
      '企业自查自纠情况@0,1 c5',
      '自查企业（家）@1,1',
    ]);
    expect(grid('annex1')).toContain('部门督查检查情况@0,6 c8');
    expect(grid('annex1')).toContain('群众举报情况@0,14 c4');
    expect(grid('annex1')).toContain('责任倒查/责任追责问责（家）@1,13');
  });

  it('附件5: 3 header rows, 13 number columns; columns without a row-3 header span rows 2–3', () => {
    const l = layouts.annex5;
    expect(headerDepth(l)).toBe(3);
    expect(leafColumns(l).filter((c) => c.type === 'count' || c.type === 'money')).toHaveLength(13);
    const g = grid('annex5');
    expect(g).toEqual(
      expect.arrayContaining([
        '月份@0,0 r3',
        '企业自查情况@0,1 c3',
        '涉及企业（家）@1,1 r2',
        '培训情况@0,4 c4',
        '部门组织@1,4 c2',
        '参训企业数@2,4',
        '参训人数@2,5',
        '企业组织@1,6 c2',
        '部门帮扶情况@0,8 c3',
        '行政处罚情况@0,11 c3',
        '处罚金额（万元）@1,12 r2',
      ]),
    );
  });

  it('附件4: 2 header rows with 有限空间风险等级 over 高/中/低', () => {
    expect(grid('annex4')).toEqual([
      '监管部门@0,0 r2',
      '行业领域@0,1 r2',
      '涉及企业单位（家）@0,2 r2',
      '有限空间作业场所（处）@0,3 r2',
      '有限空间风险等级@0,4 c3',
      '高（处）@1,4',
      '中（处）@1,5',
      '低（处）@1,6',
    ]);
  });

  it('附件2 and 附件3: one header row with the printed column names', () => {
    expect(leafColumns(layouts.annex2).map((c) => c.header)).toEqual([
      '序号',
      '检查时间',
      '检查单位',
      '被检查单位',
      '行业领域',
      '问题隐患描述',
      '整改时限',
      '整改情况',
      '备注',
    ]);
    expect(leafColumns(layouts.annex3).map((c) => c.header)).toEqual(
      '序号 有限空间名称 位置 数量 主要危险有害因素 可能事故后果 作业形式 风险等级 审批责任人'.split(' '),
    );
    expect(headerDepth(layouts.annex2)).toBe(1);
  });

  it('附件4 sheet: 应急管理局 spans the industry rows, then 合计', () => {
    const s = toSheet(layouts.annex4, emptyAnnex(layouts.annex4));
    expect(s.rows[s.dataStart]!.slice(0, 2).map((c) => c.value)).toEqual([
      '应急管理局',
      '轻工（农副产品加工、食品制造、印染）',
    ]);
    expect(s.rows[s.dataStart + 1]![1]!.value).toBe('机械（高炉企业）');
    expect(s.merges).toContainEqual({ row: s.dataStart, col: 0, rowSpan: 2, colSpan: 1 });
    expect(s.rows[s.dataEnd]![0]!.value).toBe('合计');
  });
});
