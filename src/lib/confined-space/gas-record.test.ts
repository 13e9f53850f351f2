import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gasRecordSchema } from '../../schemas/gas-record';
import {
  checkRecord,
  emptyGasRecord,
  minPoints,
  pointsNote,
  printedPoints,
  recordProblems,
  recordTime,
  verdictSentence,
} from './gas-record';
import { loadConfinedSpaceFromFiles } from './load-node';

const spec = loadConfinedSpaceFromFiles(path.resolve(__dirname, '../../..')).gasCheck;

describe('作业前检测 record', () => {
  it('starts with the gases 5.8.2 requires, with no limit filled in by the site', () => {
    const r = emptyGasRecord(spec);
    expect(r.toxic.map((t) => t.gas)).toEqual(['硫化氢', '一氧化碳']);
    expect(r.toxic.every((t) => t.limit === '' && t.unit === '' && t.standard === '')).toBe(true);
    expect(gasRecordSchema.safeParse(r).success).toBe(true);
  });

  it('gives the verdict of the typed readings and names what is missing for printing', () => {
    const r = emptyGasRecord(spec, '2026-06-01T08:30');
    const filled = {
      ...r,
      oxygen: '20.9',
      flammable: '10',
      toxic: r.toxic.map((t) => ({ ...t, value: '0', limit: '10', unit: 'mg/m³', standard: 'GBZ 2.1-2019' })),
    };
    const out = checkRecord(spec, filled);
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.result.verdict).toBe('符合');
    expect(checkRecord(spec, { ...filled, oxygen: '19.4' })).toMatchObject({
      ok: true,
      result: { verdict: '不符合' },
    });
    // A reading without its limit is never checked against a number from memory: it is 未完成.
    const noLimit = { ...filled, toxic: filled.toxic.map((t) => ({ ...t, limit: '' })) };
    expect(checkRecord(spec, noLimit)).toMatchObject({
      ok: true,
      result: {
        verdict: '不完整',
        unfinished: [
          { number: 1, gas: '硫化氢', errors: [expect.stringContaining('请按所依据的标准填写限值')] },
          { number: 2, gas: '一氧化碳', errors: [expect.stringContaining('请按所依据的标准填写限值')] },
        ],
      },
    });
    // Gases with nothing typed are not measured: a failing O₂ reading is still reported.
    expect(checkRecord(spec, { ...r, oxygen: '19.4' })).toMatchObject({
      ok: true,
      result: { verdict: '不符合', missing: expect.arrayContaining(['未检测硫化氢', '未检测一氧化碳']) },
    });
    expect(recordProblems(filled)).toEqual(['请填写检测地点', '请填写检测人', '请填写监护人']);
    expect(recordTime('2026-06-01T08:30')).toBe('2026年6月1日 08:30');
  });
});

describe('one gas being typed does not hide the others’ verdicts', () => {
  const r = emptyGasRecord(spec, '2026-06-01T08:30');
  const co = { value: '5', limit: '20', unit: 'mg/m³', standard: 'GBZ 2.1-2019' };
  it('O₂ 18.0 stays 不符合 while an H₂S reading has no unit or standard yet; H₂S is 未完成', () => {
    const rec = {
      ...r,
      oxygen: '18.0',
      toxic: [
        { ...r.toxic[0]!, value: '3' },
        { ...r.toxic[1]!, ...co },
      ],
    };
    const out = checkRecord(spec, rec);
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.result.verdict).toBe('不符合');
    expect(out.result.lines.find((l) => l.key === 'oxygen')?.verdict).toBe('不符合');
    expect(out.result.lines.find((l) => l.key === 'toxic-2')).toMatchObject({
      label: '一氧化碳',
      verdict: '符合',
    });
    expect(out.result.lines.some((l) => l.key === 'toxic-1')).toBe(false);
    expect(out.result.unfinished).toEqual([
      {
        number: 1,
        gas: '硫化氢',
        errors: expect.arrayContaining([
          '第 1 种有毒有害气体（硫化氢）单位：请填写读数和限值的单位',
          '第 1 种有毒有害气体（硫化氢）依据标准：请写明限值所依据的标准',
        ]),
      },
    ]);
  });
  it('with O₂ in range, an unfinished gas makes the verdict 不完整, never 符合, and names it', () => {
    const rec = {
      ...r,
      oxygen: '20.9',
      flammable: '0',
      toxic: [
        { ...r.toxic[0]!, value: '3', limit: '10' },
        { ...r.toxic[1]!, ...co },
      ],
    };
    const out = checkRecord(spec, rec);
    if (!out.ok) throw new Error(out.errors.join());
    expect(out.result.verdict).toBe('不完整');
    expect(verdictSentence(spec, out.result)).toContain('第 1 种有毒有害气体（硫化氢）未完成');
  });
});

describe('detection points (5.8.6) and the verdict in words', () => {
  it('asks for 5.8.6’s number of points and prints blank lines for the ones not typed', () => {
    const r = emptyGasRecord(spec);
    expect(r.points).toEqual(['', '', '']);
    expect(minPoints(spec, { direction: 'vertical' })).toBe(3);
    expect(minPoints(spec, { direction: 'vertical-short' })).toBe(2);
    expect(minPoints(spec, { direction: 'horizontal' })).toBe(2);
    expect(minPoints(spec, { direction: 'both' })).toBe(5);
    expect(minPoints(spec, {})).toBe(3);
    expect(printedPoints(spec, { direction: 'vertical', points: ['井口下 0.5 m', ''] })).toEqual([
      '井口下 0.5 m',
      '',
      '',
    ]);
    expect(printedPoints(spec, { direction: 'horizontal', points: ['a', 'b', 'c'] })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(pointsNote(spec, { direction: 'vertical', points: ['上', '中'] })).toBe(
      'GB 46768-2025 5.8.6 要求这一方向不少于 3 个检测点，已填写 2 个检测位置；打印的记录留有空行，可手写补齐。',
    );
    expect(pointsNote(spec, { direction: 'vertical-short', points: ['上', '下'] })).toBeNull();
    // A record saved before points were asked still reads.
    const { direction: _d, points: _p, ...old } = r;
    expect(gasRecordSchema.safeParse(old).success).toBe(true);
  });

  it('says 符合/不符合 5.9.1’s entry conditions — never that one may enter', () => {
    const r = emptyGasRecord(spec);
    const filled = {
      ...r,
      oxygen: '20.9',
      flammable: '0',
      toxic: r.toxic.map((t) => ({ ...t, value: '0', limit: '10', unit: 'ppm', standard: 'GBZ 2.1-2019' })),
    };
    const sentence = (rec: typeof r) => {
      const out = checkRecord(spec, rec);
      if (!out.ok) throw new Error(out.errors.join());
      return verdictSentence(spec, out.result);
    };
    expect(sentence(filled)).toBe('检测结果符合 GB 46768-2025 5.9.1 的准入条件。');
    expect(sentence({ ...filled, oxygen: '18' })).toBe(
      '检测结果不符合 GB 46768-2025 5.9.1 的准入条件，不应实施作业。',
    );
    expect(sentence({ ...filled, flammable: '' })).toBe(
      '尚不能判定检测结果是否符合 GB 46768-2025 5.9.1 的准入条件：未检测可燃性气体浓度。',
    );
    for (const s of [sentence(filled), sentence({ ...filled, oxygen: '18' })]) {
      expect(s).not.toContain('合格');
      expect(s).not.toContain('可以进入');
    }
  });
});
