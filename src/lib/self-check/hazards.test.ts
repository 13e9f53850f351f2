import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheckFromFiles } from './load-node';
import { majorHazardRows, planAnnex2Rows } from './annex2';
import {
  countSelfCheck,
  duplicateSelfCheck,
  filterItems,
  hazardIndex,
  hazardsOf,
  isOverdue,
  mergeRecord,
  openHazardItems,
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
    // Why linked and why listed are the site's readings, carried to be shown as such.
    expect(gas.linkBecause).toHaveLength(1);
    expect(c.because).toEqual(['第四条适用于冶金企业。']);
    expect(gas.because).toEqual([]);
  });
});

describe('hazard level: 一般 unless a 判定标准 情形 is answered 存在', () => {
  const level = (results: Record<string, ItemResult>, id: string) =>
    hazardIndex(hazardsOf(items, withResults(results), today)).get(id);
  it('a failed plan item is 一般 by default, linked to a criterion or not; the user may choose', () => {
    expect(level({ 'gas-archives': { status: '不符合' } }, 'gas-archives')).toMatchObject({
      level: '一般',
      fixed: false,
    });
    // gas-alarm ↔ 第四条（六）: the plan sentence is broader than the 情形, so failing it is not 重大 by itself.
    expect(level({ 'gas-alarm': { status: '不符合' } }, 'gas-alarm')).toMatchObject({
      level: '一般',
      fixed: false,
      criteria: [],
    });
    expect(
      level({ 'gas-alarm': { status: '不符合' }, 'mem10-4-6': { status: '不存在该情形' } }, 'gas-alarm'),
    ).toMatchObject({ level: '一般' });
    expect(level({ 'gas-archives': { status: '不符合', level: '重大' } }, 'gas-archives')).toMatchObject({
      level: '重大',
      fixed: false,
    });
  });
  it('a criterion answered 存在该情形 is 重大 and fixed; 不存在该情形 or 不适用 is no hazard', () => {
    expect(level({ 'mem10-4-6': { status: '存在该情形' } }, 'mem10-4-6')).toMatchObject({
      level: '重大',
      fixed: true,
    });
    expect(level({ 'mem10-4-6': { status: '不存在该情形' } }, 'mem10-4-6')).toBeUndefined();
    expect(level({ 'mem10-4-6': { status: '不适用' } }, 'mem10-4-6')).toBeUndefined();
  });
});

describe('a plan item and its criterion answered 存在 are one hazard', () => {
  const results = {
    'gas-alarm': { status: '不符合', description: '主控室无报警仪', deadline: '2025-08-01' },
    'mem10-4-6': { status: '存在该情形', measure: '加装报警仪', progress: '整改中' },
  } satisfies Record<string, ItemResult>;
  it('counted once, 重大, citing both sources, with one record', () => {
    const h = hazardsOf(items, withResults(results), today);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      level: '重大',
      fixed: true,
      source: '行动方案（一）1. 固定式煤气检测报警仪；第10号令第四条（六）',
      description: '主控室无报警仪',
      overdue: true,
    });
    expect(h[0]!.item.id).toBe('gas-alarm');
    expect(h[0]!.criteria.map((c) => c.id)).toEqual(['mem10-4-6']);
    // The record takes the plan item's fields, and the criterion's where the plan item has none.
    expect(h[0]!.result).toMatchObject({ deadline: '2025-08-01', measure: '加装报警仪', progress: '整改中' });
    const c = countSelfCheck(items, withResults(results), today);
    expect(c.hazards).toEqual({ total: 1, 重大: 1, 一般: 0 });
    expect(c.overdue).toBe(1);
  });
  it('two hazards when the user says the plan item is another one (separate)', () => {
    const h = hazardsOf(
      items,
      withResults({ ...results, 'gas-alarm': { ...results['gas-alarm'], separate: true } }),
      today,
    );
    expect(h.map((x) => [x.item.id, x.level, x.source])).toEqual([
      ['mem10-4-6', '重大', '第10号令第四条（六）'],
      ['gas-alarm', '一般', '行动方案（一）1. 固定式煤气检测报警仪'],
    ]);
  });
  it('a criterion joins only the first failed plan item linked to it', () => {
    const sel = selectSelfCheck(data, ['metal-smelting', 'cold-storage'], {
      'mem10-industry': ['metallurgy'],
    });
    const list = checkItems(data, sel);
    const h = hazardsOf(
      list,
      withResults({
        'gas-special-operators': { status: '不符合' },
        'cold-storage-staff-certified': { status: '不符合' },
        'mem10-3-2': { status: '存在该情形' },
      }),
      today,
    );
    expect(h.map((x) => [x.item.id, x.level, x.criteria.map((c) => c.id)])).toEqual([
      ['gas-special-operators', '重大', ['mem10-3-2']],
      ['cold-storage-staff-certified', '一般', []],
    ]);
  });
  it('merges photos of both items, each once', () => {
    const r = mergeRecord({ status: '不符合', photos: [{ id: 'a', stage: '整改前' }] }, [
      {
        status: '存在该情形',
        photos: [
          { id: 'a', stage: '整改前' },
          { id: 'b', stage: '整改后' },
        ],
      },
    ]);
    expect(r.photos!.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('overdue', () => {
  it('is a failed item past a dated 整改时限 and not 已整改', () => {
    expect(isOverdue({ status: '不符合', deadline: '2025-08-19' }, today)).toBe(true);
    expect(isOverdue({ status: '存在该情形', deadline: '2025-8-19', progress: '整改中' }, today)).toBe(true);
    expect(isOverdue({ status: '不符合', deadline: '2025-08-20' }, today)).toBe(false);
    expect(isOverdue({ status: '不符合', deadline: '2025-08-19', progress: '已整改' }, today)).toBe(false);
    expect(isOverdue({ status: '不符合', deadline: '停产整改完成前' }, today)).toBe(false);
    expect(isOverdue({ status: '符合', deadline: '2025-08-01' }, today)).toBe(false);
    expect(isOverdue({ status: '不存在该情形', deadline: '2025-08-01' }, today)).toBe(false);
  });
});

describe('countSelfCheck', () => {
  it('counts checked, answers of each kind, hazards by level, rectified and overdue over the listed items', () => {
    const check = withResults({
      'gas-alarm': { status: '不符合', deadline: '2025-08-01' },
      'mem10-4-6': { status: '存在该情形', progress: '已整改', deadline: '2025-08-01' },
      'mem10-4-7': { status: '存在该情形' },
      'mem10-4-8': { status: '不存在该情形' },
      'mem10-4-1': { status: '不适用' },
      'gas-archives': { status: '不符合', progress: '整改中', deadline: '2025-09-01' },
      'gas-repair-records': { status: '符合' },
      'gas-water-seal': { status: '不适用' },
      'not-on-the-list': { status: '不符合' },
    });
    const c = countSelfCheck(items, check, today);
    expect(c.total).toBe(items.length);
    expect(c.checked).toBe(8);
    expect(c.planTotal + c.criteriaTotal).toBe(items.length);
    expect(c.byStatus).toEqual({
      未检查: items.length - 8,
      符合: 1,
      不符合: 2,
      不适用: 2,
      不存在该情形: 1,
      存在该情形: 2,
    });
    expect(c.notApplicable).toEqual({ plan: 1, criteria: 1 });
    // gas-alarm + 第四条（六） is one 重大 hazard (its record: the plan item's 整改时限, the criterion's
    // 已整改); 第四条（七） is another (gas-main-cutoff not failed); gas-archives is 一般.
    expect(c.hazards).toEqual({ total: 3, 重大: 2, 一般: 1 });
    expect(c.rectified).toBe(1);
    expect(c.inProgress).toBe(1);
    expect(c.overdue).toBe(0);
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
    'mem10-4-6': { status: '存在该情形', deadline: '限期一个月', progress: '整改中' },
    'gas-alarm': { status: '不符合', progress: '已整改' },
    'mem10-4-7': { status: '存在该情形' },
    'gas-main-cutoff': { status: '不符合' },
    'gas-repair-records': { status: '符合' },
  });
  it('puts 重大 first and prefills the description from the item', () => {
    const h = hazardsOf(items, check, today);
    expect(h.map((x) => [x.item.id, x.level])).toEqual([
      ['gas-alarm', '重大'],
      ['gas-main-cutoff', '重大'],
      ['gas-archives', '一般'],
    ]);
    expect(h[1]!.description).toBe(byId('gas-main-cutoff').text);
    expect(h[2]!.description).toBe('检修记录缺失');
  });
  it('the next self-check starts from the open hazards only, with every item they are made of', () => {
    const carry = openHazardItems(hazardsOf(items, check, today));
    expect(carry).toEqual(['gas-main-cutoff', 'mem10-4-7']);
    const next = duplicateSelfCheck(check, 'b', '2025-09-01', 'now', carry);
    expect(next.id).toBe('b');
    expect(next.date).toBe('2025-09-01');
    expect(next.enterprise).toBe('某钢铁公司');
    expect(Object.keys(next.results).sort()).toEqual(['gas-main-cutoff', 'mem10-4-7']);
    // gas-alarm + 第四条（六） were 已整改 on the plan item: neither carries over.
    expect(next.results['mem10-4-6']).toBeUndefined();
  });
});

describe('附件2 mapping', () => {
  const check = withResults({
    'mem10-4-6': { status: '存在该情形', deadline: '2025-09-30', progress: '整改中', measure: '加装报警仪' },
    'gas-alarm': { status: '不符合', description: '主控室无报警仪', deadline: '停产整改完成前' },
    'mem10-4-7': { status: '存在该情形' },
    'gas-archives': { status: '不符合' },
  });
  const hazards = hazardsOf(items, check, today);
  const empty = { annex: 'annex2', fields: { unit: '' }, rows: [{ id: 'r1', cells: { description: ' ' } }] };
  it('adds one row per 重大 hazard; a plan item and its criterion are one row citing both', () => {
    const plan = planAnnex2Rows(majorHazardRows(check, hazards, '金属冶炼企业'), empty);
    expect(plan.add).toEqual([
      {
        'check-date': '2025-08-01',
        inspector: '某钢铁公司',
        inspected: '某钢铁公司',
        industry: '金属冶炼企业',
        description: '主控室无报警仪（行动方案（一）1. 固定式煤气检测报警仪；第10号令第四条（六））',
        deadline: '停产整改完成前',
        progress: '整改中；整改措施：加装报警仪',
        remark: '企业自查',
      },
      {
        'check-date': '2025-08-01',
        inspector: '某钢铁公司',
        inspected: '某钢铁公司',
        industry: '金属冶炼企业',
        description: `${byId('mem10-4-7').text}（${byId('mem10-4-7').source}）`,
        deadline: '',
        progress: '未整改',
        remark: '企业自查',
      },
    ]);
    // The blank line of an empty form goes; the fields stay.
    expect(plan.next.rows.map((r) => r.cells)).toEqual(plan.add);
    expect(plan.next.fields).toEqual({ unit: '' });
  });
  it('keeps existing rows and does not add a hazard twice', () => {
    const first = planAnnex2Rows(majorHazardRows(check, hazards, '金属冶炼企业'), empty);
    const other = { id: 'x', cells: { description: '别的隐患', 'check-date': '2025-07-01' } };
    const again = planAnnex2Rows(majorHazardRows(check, hazards, '金属冶炼企业'), {
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
    // The reason names the box the user ticked, not 所有冶金工贸企业.
    expect(q.askedBecause).toEqual(['金属冶炼企业']);
    expect(q.reason).toBe('（因勾选了“金属冶炼企业”而问）');
    expect(q.options.filter((o) => o.chosen).map((o) => o.id)).toEqual(['metallurgy', 'nonferrous']);
    const two = selectSelfCheck(data, ['metal-smelting', 'cold-storage'], {});
    const name = (id: string) => data.plan.sectors.find((s) => s.id === id)!.name;
    expect(questionDecisions(data, two).find((d) => d.id === 'mem10-industry')!.reason).toBe(
      `（因勾选了“${name('metal-smelting')}”、“${name('cold-storage')}”而问）`,
    );
    const mine = selectSelfCheck(data, ['non-coal-mine'], {});
    const mineQ = questionDecisions(data, mine).find((d) => d.id === 'mine-kind')!;
    expect(mineQ.reason).toBe(
      `（因勾选了“${data.plan.sectors.find((s) => s.id === 'non-coal-mine')!.name}”而问）`,
    );
  });
});
