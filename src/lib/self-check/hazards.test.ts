import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheckFromFiles } from '../load-criteria-node';
import { planAnnex2Rows } from './annex2';
import {
  countSelfCheck,
  duplicateSelfCheck,
  filterItems,
  hazardLevel,
  hazardsOf,
  isOverdue,
} from './hazards';
import { checkItems } from './items';
import { emptySelfCheck, type ItemResult, type SelfCheck } from './record';
import { selectSelfCheck } from './select';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const selection = selectSelfCheck(data, ['metal-smelting'], { 'mem10-industry': ['metallurgy'] });
const items = checkItems(data, selection);
const byId = (id: string) => items.find((i) => i.id === id)!;
const today = '2025-08-20';

const withResults = (results: Record<string, ItemResult>): SelfCheck => ({
  ...emptySelfCheck('a', '2025-08-01', '2025-08-01T00:00:00Z'),
  enterprise: '某钢铁公司',
  kinds: ['metal-smelting'],
  results,
});

describe('checkItems', () => {
  it('lists plan items then criteria, each once, verbatim with its source and links', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(selection.planItems.length + selection.criteria.length);
    const gas = byId('gas-alarm');
    expect(gas.kind).toBe('plan');
    expect(gas.href).toBe('/plan/#gas-alarm');
    expect(gas.linked).toEqual(['mem10-4-6']);
    expect(gas.appliesTo).toContain('金属冶炼');
    const c = byId('mem10-4-6');
    expect(c.criterion).toBe(true);
    expect(c.source).toContain('第四条（六）');
    expect(c.text.startsWith('（六）')).toBe(true);
    expect(c.linked).toEqual(['gas-alarm']);
    expect(c.appliesTo).toBe('冶金企业');
  });
});

describe('hazard level', () => {
  it('a failed criterion is 重大 and fixed', () => {
    expect(hazardLevel(byId('mem10-4-6'), { status: '不符合', level: '一般' })).toEqual({
      level: '重大',
      fixed: true,
    });
  });
  it('a plan item defaults to 一般, or 重大 when linked to a criterion; the user may choose', () => {
    expect(hazardLevel(byId('gas-archives'), { status: '不符合' }).level).toBe('一般');
    expect(hazardLevel(byId('gas-alarm'), { status: '不符合' }).level).toBe('重大');
    expect(hazardLevel(byId('gas-archives'), { status: '不符合', level: '重大' })).toEqual({
      level: '重大',
      fixed: false,
    });
  });
});

describe('overdue', () => {
  it('is a failed item past a dated 整改时限 and not 已整改', () => {
    expect(isOverdue({ status: '不符合', deadline: '2025-08-19' }, today)).toBe(true);
    expect(isOverdue({ status: '不符合', deadline: '2025-8-19', progress: '整改中' }, today)).toBe(true);
    expect(isOverdue({ status: '不符合', deadline: '2025-08-20' }, today)).toBe(false);
    expect(isOverdue({ status: '不符合', deadline: '2025-08-19', progress: '已整改' }, today)).toBe(false);
    expect(isOverdue({ status: '不符合', deadline: '停产整改完成前' }, today)).toBe(false);
    expect(isOverdue({ status: '符合', deadline: '2025-08-01' }, today)).toBe(false);
  });
});

describe('countSelfCheck', () => {
  it('counts checked, statuses, hazards by level, rectified and overdue over the listed items', () => {
    const check = withResults({
      'gas-alarm': { status: '不符合', deadline: '2025-08-01' },
      'mem10-4-6': { status: '不符合', progress: '已整改', deadline: '2025-08-01' },
      'gas-archives': { status: '不符合', progress: '整改中', deadline: '2025-09-01' },
      'gas-repair-records': { status: '符合' },
      'gas-water-seal': { status: '不适用' },
      'not-on-the-list': { status: '不符合' },
    });
    const c = countSelfCheck(items, check, today);
    expect(c.total).toBe(items.length);
    expect(c.checked).toBe(5);
    expect(c.byStatus).toEqual({ 未检查: items.length - 5, 符合: 1, 不符合: 3, 不适用: 1 });
    expect(c.hazards).toEqual({ total: 3, 重大: 2, 一般: 1 });
    expect(c.rectified).toBe(1);
    expect(c.inProgress).toBe(1);
    expect(c.overdue).toBe(1);
  });
});

describe('filterItems', () => {
  const check = withResults({
    'gas-alarm': { status: '不符合', deadline: '2025-08-01' },
    'gas-archives': { status: '符合' },
  });
  it('只看隐患 shows failed items with their linked items', () => {
    expect(filterItems(items, check, 'hazards', today).map((i) => i.id)).toEqual(['gas-alarm', 'mem10-4-6']);
  });
  it('只看逾期 and 只看未检查', () => {
    expect(filterItems(items, check, 'overdue', today).map((i) => i.id)).toEqual(['gas-alarm', 'mem10-4-6']);
    const open = filterItems(items, check, 'unchecked', today).map((i) => i.id);
    expect(open).not.toContain('gas-alarm');
    expect(open).not.toContain('gas-archives');
    expect(open.length).toBe(items.length - 2);
  });
});

describe('hazardsOf and duplicate', () => {
  const check = withResults({
    'gas-archives': { status: '不符合', description: '检修记录缺失', progress: '已整改' },
    'mem10-4-6': { status: '不符合', deadline: '限期一个月', progress: '整改中' },
    'gas-repair-records': { status: '符合' },
  });
  it('puts 重大 first and prefills the description from the item', () => {
    const h = hazardsOf(items, check, today);
    expect(h.map((x) => [x.item.id, x.level])).toEqual([
      ['mem10-4-6', '重大'],
      ['gas-archives', '一般'],
    ]);
    expect(h[0]!.description).toBe(byId('mem10-4-6').text);
    expect(h[1]!.description).toBe('检修记录缺失');
  });
  it('the next self-check starts from the open hazards only', () => {
    const next = duplicateSelfCheck(check, 'b', '2025-09-01', 'now');
    expect(next.id).toBe('b');
    expect(next.date).toBe('2025-09-01');
    expect(next.enterprise).toBe('某钢铁公司');
    expect(Object.keys(next.results)).toEqual(['mem10-4-6']);
    expect(next.results['mem10-4-6']).toEqual(check.results['mem10-4-6']);
  });
});

describe('附件2 mapping', () => {
  const check = withResults({
    'mem10-4-6': { status: '不符合', deadline: '2025-09-30', progress: '整改中', measure: '加装报警仪' },
    'gas-alarm': { status: '不符合', description: '主控室无报警仪', deadline: '停产整改完成前' },
    'gas-archives': { status: '不符合' },
  });
  const hazards = hazardsOf(items, check, today);
  const empty = { annex: 'annex2', fields: { unit: '' }, rows: [{ id: 'r1', cells: { description: ' ' } }] };
  it('adds one row per 重大 hazard, in the 附件2 columns', () => {
    const plan = planAnnex2Rows(check, hazards, '金属冶炼企业', empty);
    expect(plan.add).toEqual([
      {
        'check-date': '2025-08-01',
        inspector: '某钢铁公司',
        inspected: '某钢铁公司',
        industry: '金属冶炼企业',
        description: `主控室无报警仪（行动方案 #gas-alarm）`,
        deadline: '停产整改完成前',
        progress: '未整改',
        remark: '企业自查',
      },
      {
        'check-date': '2025-08-01',
        inspector: '某钢铁公司',
        inspected: '某钢铁公司',
        industry: '金属冶炼企业',
        description: `${byId('mem10-4-6').text}（${byId('mem10-4-6').source}）`,
        deadline: '2025-09-30',
        progress: '整改中；整改措施：加装报警仪',
        remark: '企业自查',
      },
    ]);
    // The blank line of an empty form goes; the fields stay.
    expect(plan.next.rows.map((r) => r.cells)).toEqual(plan.add);
    expect(plan.next.fields).toEqual({ unit: '' });
  });
  it('keeps existing rows and does not add a hazard twice', () => {
    const first = planAnnex2Rows(check, hazards, '金属冶炼企业', empty);
    const other = { id: 'x', cells: { description: '别的隐患', 'check-date': '2025-07-01' } };
    const again = planAnnex2Rows(check, hazards, '金属冶炼企业', {
      ...first.next,
      rows: [other, ...first.next.rows],
    });
    expect(again.add).toEqual([]);
    expect(again.already).toBe(2);
    expect(again.next.rows[0]).toEqual(other);
    expect(again.next.rows.length).toBe(3);
  });
});

describe('questionDecisions', () => {
  it('says which answer decided which article', async () => {
    const { questionDecisions } = await import('./items');
    const s = selectSelfCheck(data, ['metal-smelting'], { 'mem10-industry': ['metallurgy', 'nonferrous'] });
    const q = questionDecisions(data, s).find((d) => d.id === 'mem10-industry')!;
    expect(q.answered).toBe(true);
    expect(q.decides).toEqual(['第四条', '第五条']);
    expect(q.askedBecause).toEqual(['所有冶金工贸企业']);
    expect(q.options.filter((o) => o.chosen).map((o) => o.id)).toEqual(['metallurgy', 'nonferrous']);
  });
});
