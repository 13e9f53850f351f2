import type { GasCheckSpec } from '../../schemas/gas-check';
import { type GasRecord, gasRecordSchema } from '../../schemas/gas-record';
import type { DraftSpec } from '../forms/draft';
import { checkGas, type GasCheckOutcome } from './gas-check';

/**
 * The 作业前检测 page's record: the readings as typed (a draft, so a reload keeps them), the verdict
 * of checkGas, and what a printed 检测记录 needs (time, place, readings, verdict, 检测人, 监护人).
 */
export const gasRecordDraftSpec: DraftSpec<GasRecord> = {
  key: 'jc76.confined-space.gas-check',
  schema: gasRecordSchema,
  version: 1,
};

/** A new record: 硫化氢 and 一氧化碳 (what 5.8.2 requires at least) listed, their limits left to the user. */
export function emptyGasRecord(spec: GasCheckSpec, time = ''): GasRecord {
  return {
    time,
    place: '',
    space: '',
    oxygen: '',
    flammable: '',
    toxic: spec.required.toxicGases.map((g) => ({
      gas: g.name,
      value: '',
      limit: '',
      unit: '',
      limitKind: spec.toxic.limitKinds[0]!.id,
      standard: '',
    })),
    tester: '',
    guardian: '',
  };
}

const untouched = (t: GasRecord['toxic'][number]) =>
  [t.value, t.limit, t.unit, t.standard].every((v) => v.trim() === '');

/**
 * The verdict for the readings of a record (see checkGas). A toxic gas with nothing typed but its name
 * counts as not measured (5.8.2 then reports it missing) rather than as an error, so a failing O₂ reading
 * is reported before the limits are filled in.
 */
export const checkRecord = (spec: GasCheckSpec, record: GasRecord): GasCheckOutcome =>
  checkGas(spec, {
    oxygen: record.oxygen,
    flammable: record.flammable,
    toxic: record.toxic.filter((t) => !untouched(t)),
  });

/** What a printed 检测记录 lacks, in Chinese (it prints only when nothing is missing). */
export function recordProblems(record: GasRecord): string[] {
  const need: [keyof GasRecord, string][] = [
    ['time', '检测时间'],
    ['place', '检测地点'],
    ['tester', '检测人'],
    ['guardian', '监护人'],
  ];
  return need.filter(([k]) => String(record[k]).trim() === '').map(([, label]) => `请填写${label}`);
}

/** `2026-06-01T08:30` (datetime-local) as 2026年6月1日 08:30; other text as typed. */
export function recordTime(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}` : text.trim();
}
