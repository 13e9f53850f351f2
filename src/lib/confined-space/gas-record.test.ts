import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gasRecordSchema } from '../../schemas/gas-record';
import { checkRecord, emptyGasRecord, recordProblems, recordTime } from './gas-record';
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
    expect(out.result.verdict).toBe('合格');
    expect(checkRecord(spec, { ...filled, oxygen: '19.4' })).toMatchObject({
      ok: true,
      result: { verdict: '不合格' },
    });
    // A reading without its limit is refused, never checked against a number from memory.
    const noLimit = { ...filled, toxic: filled.toxic.map((t) => ({ ...t, limit: '' })) };
    expect(checkRecord(spec, noLimit)).toMatchObject({ ok: false });
    // Gases with nothing typed are not measured: a failing O₂ reading is still reported.
    expect(checkRecord(spec, { ...r, oxygen: '19.4' })).toMatchObject({
      ok: true,
      result: { verdict: '不合格', missing: expect.arrayContaining(['未检测硫化氢', '未检测一氧化碳']) },
    });
    expect(recordProblems(filled)).toEqual(['请填写检测地点', '请填写检测人', '请填写监护人']);
    expect(recordTime('2026-06-01T08:30')).toBe('2026年6月1日 08:30');
  });
});
