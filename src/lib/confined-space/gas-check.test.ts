import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDir } from '../criteria/load-node';
import { clauseText, quoteInClause } from '../criteria/reference-text';
import {
  checkGas,
  parseReading,
  type GasCheckOutcome,
  type GasReadingsInput,
  type ToxicReadingInput,
} from './gas-check';
import { loadConfinedSpaceFromFiles } from './load-node';

const root = path.resolve(__dirname, '../../..');
const spec = loadConfinedSpaceFromFiles(root).gasCheck;
const gb = readFileSync(path.join(root, referenceDir, '07-gb46768-2025-full.md'), 'utf-8');

const toxic = (
  gas: string,
  value: ToxicReadingInput['value'],
  limit: ToxicReadingInput['limit'] = 10,
): ToxicReadingInput => ({
  gas,
  value,
  limit,
  unit: 'mg/m³',
  limitKind: 'mac',
  standard: '用户所依据的标准',
});
const complete = (
  o2: GasReadingsInput['oxygen'],
  lel: GasReadingsInput['flammable'],
  extra: ToxicReadingInput[] = [],
) => ({
  oxygen: o2,
  flammable: lel,
  toxic: [toxic('硫化氢', 0), toxic('一氧化碳', 0), ...extra],
});
const result = (o: GasCheckOutcome) => {
  if (!o.ok) throw new Error(o.errors.join('\n'));
  return o.result;
};
const line = (o: GasCheckOutcome, key: string) => result(o).lines.find((l) => l.key === key)!;

describe('the gas check data is GB 46768-2025 5.9.1 as quoted', () => {
  it('quotes 5.8.2, 5.9.1 a) b) c) and 5.9.2 verbatim', () => {
    for (const [clause, quote] of [
      [spec.clause, spec.quote],
      [spec.oxygen.clause, spec.oxygen.quote],
      [spec.flammable.clause, spec.flammable.quote],
      [spec.toxic.clause, spec.toxic.quote],
      [spec.required.clause, spec.required.quote],
      [spec.failure.clause, spec.failure.quote],
    ])
      expect(quoteInClause(gb, clause!, quote!), `${clause}: ${quote}`).toBe(true);
  });

  it('takes its numbers from the quotes: 19.5 and 23.5 % VOL, 10 % LEL', () => {
    expect(clauseText(gb, '5.9.1 a)')).toBe('a) 氧含量为19.5% VOL~23.5% VOL;');
    expect(spec.oxygen.quote).toContain(`${spec.oxygen.min}% VOL~${spec.oxygen.max}% VOL`);
    expect([spec.oxygen.min, spec.oxygen.max]).toEqual([19.5, 23.5]);
    expect(spec.flammable.quote).toContain(`不大于爆炸下限(LEL)的${spec.flammable.max}%`);
    expect(spec.flammable.max).toBe(10);
  });

  it('treats “不大于” as inclusive, and says the O₂ range’s ends are the site’s reading', () => {
    expect(spec.flammable.quote).toContain('不大于');
    expect([spec.flammable.inclusive, spec.toxic.inclusive]).toEqual([true, true]);
    expect(spec.toxic.quote).toContain('不大于');
    expect(spec.oxygen.inclusive).toBe(true);
    expect(spec.oxygen.boundaryReading).toContain('本站');
  });

  it('gives no toxic limit: the references hold none', () => {
    expect(JSON.stringify(spec.toxic)).not.toMatch(/\d+(\.\d+)?\s*(mg|ppm)/);
    expect(spec.toxic.limitNote).toContain('本站不提供任何限值');
    expect(spec.toxic.limitKinds.map((k) => k.label)).toEqual([
      '最高容许浓度',
      '短时间接触容许浓度',
      '时间加权平均容许浓度',
    ]);
    for (const k of spec.toxic.limitKinds) expect(spec.toxic.quote).toContain(k.label);
  });
});

describe('what else the standard asks, quoted: entry, detection points, the record', () => {
  it('quotes 5.2.1, 5.3, 5.6.1, 5.12.4, 6.1, 6.2.4, 5.8.6 and 5.8.7 verbatim', () => {
    const quotes: [string, string][] = [
      ...spec.entry.map((e) => [e.clause, e.quote] as [string, string]),
      [spec.points.clause, spec.points.quote],
      [spec.points.clause, spec.points.vertical.quote],
      [spec.points.clause, spec.points.verticalShort.quote],
      [spec.points.clause, spec.points.horizontal.quote],
      [spec.record.clause, spec.record.quote],
    ];
    for (const [clause, quote] of quotes)
      expect(quoteInClause(gb, clause, quote), `${clause}: ${quote}`).toBe(true);
    expect(spec.entry.map((e) => e.label)).toEqual([
      '作业审批',
      '安全交底',
      '安全隔离',
      '个体防护',
      '进入确认',
      '持续通风',
    ]);
  });
  it('takes the point counts from 5.8.6’s words', () => {
    const { vertical, verticalShort, horizontal } = spec.points;
    expect(vertical.quote).toContain(`不应少于${vertical.min}个`);
    expect(verticalShort.quote).toContain(`上、下${verticalShort.min}个点`);
    expect(horizontal.quote).toContain(`不应少于${horizontal.min}个`);
    expect([vertical.min, verticalShort.min, horizontal.min]).toEqual([3, 2, 2]);
    expect(spec.record.quote).toContain('检测位置');
    expect(spec.record.quote).toContain('检测人员签字确认');
  });
});

describe('checkGas: oxygen boundaries (5.9.1 a)', () => {
  it.each([
    [19.4, '不符合'],
    [19.49, '不符合'],
    [19.5, '符合'],
    [19.51, '符合'],
    [20.9, '符合'],
    [23.49, '符合'],
    [23.5, '符合'],
    [23.51, '不符合'],
    [23.6, '不符合'],
  ])('O₂ %s (VOL) → %s', (o2, verdict) => {
    const o = checkGas(spec, complete(o2, 0));
    expect(line(o, 'oxygen').verdict).toBe(verdict);
    expect(result(o).verdict).toBe(verdict);
  });

  it('the typed text "19.5" and full-width "２３．５" are the boundary values', () => {
    expect(line(checkGas(spec, complete('19.5', '0')), 'oxygen').verdict).toBe('符合');
    expect(line(checkGas(spec, complete('２３．５', '0')), 'oxygen').verdict).toBe('符合');
    expect(line(checkGas(spec, complete('23.50001', '0')), 'oxygen').verdict).toBe('不符合');
  });
});

describe('checkGas: flammable gas boundaries (5.9.1 b)', () => {
  it.each([
    [0, '符合'],
    [9.9, '符合'],
    [9.99, '符合'],
    [10, '符合'],
    [10.01, '不符合'],
    [10.1, '不符合'],
  ])('flammable %s (LEL) → %s', (lel, verdict) => {
    expect(line(checkGas(spec, complete(20.9, lel)), 'flammable').verdict).toBe(verdict);
  });
});

describe('checkGas: toxic gases against the user’s limit (5.9.1 c)', () => {
  it('not above the limit passes; above fails; the limit, its kind and standard are shown', () => {
    const o = checkGas(spec, complete(20.9, 0, [toxic('氨', 20, 20), toxic('氯气', 1.01, 1)]));
    expect(line(o, 'toxic-3')).toMatchObject({
      label: '氨',
      verdict: '符合',
      condition: '氨 ≤ 20 mg/m³（最高容许浓度，用户所依据的标准）',
      clause: '5.9.1 c)',
      limit: { value: 20, kind: '最高容许浓度', standard: '用户所依据的标准' },
    });
    expect(line(o, 'toxic-4').verdict).toBe('不符合');
    expect(result(o).verdict).toBe('不符合');
  });
});

describe('checkGas: the order of limit kinds in 5.9.1 c)', () => {
  it('MAC or PC-STEL first; PC-TWA only when the user confirms the standard has neither for that gas', () => {
    const twa = { ...toxic('氨', 1, 20), limitKind: 'pc-twa' };
    const refused = checkGas(spec, complete(20.9, 0, [twa]));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toMatch(
      /^第 3 种有毒有害气体（氨）限值类别：GB 46768-2025 5.9.1 c\) 先用最高容许浓度或短时间接触容许浓度/,
    );
    const confirmed = checkGas(spec, complete(20.9, 0, [{ ...twa, noMacOrStel: true }]));
    expect(line(confirmed, 'toxic-3')).toMatchObject({
      verdict: '符合',
      condition: '氨 ≤ 20 mg/m³（时间加权平均容许浓度，用户所依据的标准）',
    });
    // MAC and PC-STEL need no confirmation.
    expect(checkGas(spec, complete(20.9, 0, [{ ...twa, limitKind: 'pc-stel' }])).ok).toBe(true);
    // The order is the clause's: PC-TWA is the one it names for when the other two are absent.
    expect(spec.toxic.limitKinds.filter((k) => k.onlyWhenNoOther).map((k) => k.id)).toEqual(['pc-twa']);
    expect(spec.toxic.quote).toContain('无最高容许浓度和短时间接触容许浓度的,选用时间加权平均容许浓度');
  });
});

describe('checkGas: the whole verdict', () => {
  it('符合 only when every reading passes and O₂, flammable gas, 硫化氢 and 一氧化碳 are measured', () => {
    const r = result(checkGas(spec, complete(20.9, 0)));
    expect(r.verdict).toBe('符合');
    expect(r.missing).toEqual([]);
    expect(r.consequence).toBeNull();
    expect(r.lines.map((l) => [l.label, l.verdict, l.clause])).toEqual([
      ['氧含量', '符合', '5.9.1 a)'],
      ['可燃性气体浓度', '符合', '5.9.1 b)'],
      ['硫化氢', '符合', '5.9.1 c)'],
      ['一氧化碳', '符合', '5.9.1 c)'],
    ]);
    expect(r.lines[0]!.condition).toBe('19.5% VOL ≤ 氧含量 ≤ 23.5% VOL');
    expect(r.lines[1]!.condition).toBe('可燃性气体浓度 ≤ 10% LEL');
    expect(r.clause.clause).toBe('5.9.1');
  });

  it('不符合 brings 5.9.2: no work, mechanical ventilation', () => {
    const r = result(checkGas(spec, complete(19.4, 0)));
    expect(r.consequence).toEqual({
      clause: '5.9.2',
      quote: '初始检测结果不符合5.9.1所有条件的,不应实施作业,应进行机械通风。',
    });
  });

  it('不完整 when nothing fails but 5.8.2 gases are not measured (aliases count)', () => {
    const r = result(
      checkGas(spec, { oxygen: 20.9, flammable: '', toxic: [toxic('H2S', 0), toxic('一氧化碳', null)] }),
    );
    expect(r.verdict).toBe('不完整');
    expect(r.missing).toEqual(['未检测可燃性气体浓度', '未检测一氧化碳', '未填写一氧化碳的读数']);
    expect(r.required.clause).toBe('5.8.2');
    expect(line(checkGas(spec, { oxygen: null, flammable: 0, toxic: [] }), 'oxygen').verdict).toBe('未检测');
  });

  it('a failing reading wins over missing ones', () => {
    expect(result(checkGas(spec, { oxygen: 18, flammable: null, toxic: [] })).verdict).toBe('不符合');
  });
});

describe('checkGas refuses what it cannot judge, in Chinese, naming the reading', () => {
  it('non-numbers, out-of-range values, a toxic gas without limit, unit, kind or standard', () => {
    const o = checkGas(spec, {
      oxygen: '二十',
      flammable: -1,
      toxic: [
        { gas: '', value: '1', limit: '', unit: ' ', limitKind: 'ld50', standard: '' },
        { gas: '氨', value: 'abc', limit: 0, unit: 'ppm', limitKind: 'pc-twa', standard: '某标准' },
      ],
    });
    expect(o).toEqual({
      ok: false,
      errors: [
        '氧含量（% VOL）：应为数字',
        '可燃性气体浓度（% LEL）：应不小于 0',
        '第 1 种有毒有害气体：请填写气体名称',
        '第 1 种有毒有害气体限值：请按所依据的标准填写限值（本站不提供限值）',
        '第 1 种有毒有害气体单位：请填写读数和限值的单位',
        '第 1 种有毒有害气体限值类别：应为 最高容许浓度、短时间接触容许浓度、时间加权平均容许浓度 之一',
        '第 1 种有毒有害气体依据标准：请写明限值所依据的标准',
        '第 2 种有毒有害气体（氨）读数：应为数字',
        '第 2 种有毒有害气体（氨）限值：应大于 0',
        '第 2 种有毒有害气体（氨）限值类别：GB 46768-2025 5.9.1 c) 先用最高容许浓度或短时间接触容许浓度，两者都没有时才用时间加权平均容许浓度；请确认所依据的标准中该气体没有最高容许浓度和短时间接触容许浓度（勾选“该气体没有最高容许浓度和短时间接触容许浓度”），或改选限值类别',
      ],
    });
    expect(checkGas(spec, complete(101, 0))).toEqual({
      ok: false,
      errors: ['氧含量（% VOL）：应在 0 到 100 之间'],
    });
  });

  it('parseReading reads typed numbers and nothing else', () => {
    expect(parseReading(' 19.5 ')).toEqual({ ok: true, value: 19.5 });
    expect(parseReading('')).toEqual({ ok: true, value: null });
    expect(parseReading(undefined)).toEqual({ ok: true, value: null });
    expect(parseReading('1e3')).toEqual({ ok: false });
    expect(parseReading(Number.NaN)).toEqual({ ok: false });
    expect(parseReading('19,5')).toEqual({ ok: false });
  });
});
