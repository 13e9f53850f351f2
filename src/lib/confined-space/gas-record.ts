import type { GasCheckSpec } from '../../schemas/gas-check';
import { type GasRecord, gasRecordSchema, type PointDirection } from '../../schemas/gas-record';
import type { DraftSpec } from '../table/draft';
import { checkGas, type GasCheckOutcome, type GasCheckResult, type UnfinishedGas } from './gas-check';

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
    direction: 'vertical',
    points: Array.from({ length: spec.points.vertical.min }, () => ''),
  };
}

/** The directions of 5.8.6 as the page offers them, with the fewest points each needs. */
export function pointDirections(spec: GasCheckSpec): { id: PointDirection; label: string; min: number }[] {
  const { vertical: v, verticalShort: vs, horizontal: h } = spec.points;
  return [
    { id: 'vertical', label: `竖直方向（不少于 ${v.min} 个点）`, min: v.min },
    { id: 'vertical-short', label: `竖直方向，竖向距离不足 2 m（上、下 ${vs.min} 个点）`, min: vs.min },
    { id: 'horizontal', label: `水平方向（不少于 ${h.min} 个点）`, min: h.min },
    { id: 'both', label: `竖直和水平方向（不少于 ${v.min} + ${h.min} 个点）`, min: v.min + h.min },
    {
      id: 'both-short',
      label: `竖直（不足 2 m）和水平方向（${vs.min} + ${h.min} 个点）`,
      min: vs.min + h.min,
    },
  ];
}

/** The fewest points 5.8.6 asks for the record's direction (vertical when not chosen). */
export const minPoints = (spec: GasCheckSpec, record: Pick<GasRecord, 'direction'>) =>
  pointDirections(spec).find((d) => d.id === (record.direction ?? 'vertical'))!.min;

/**
 * The points as the printed record lists them: each typed 检测位置, and blank lines up to 5.8.6's count so
 * the positions can be written by hand; the readings of each point are written on paper.
 */
export function printedPoints(spec: GasCheckSpec, record: Pick<GasRecord, 'direction' | 'points'>): string[] {
  const typed = (record.points ?? []).map((p) => p.trim());
  const min = minPoints(spec, record);
  return typed.length >= min ? typed : [...typed, ...Array.from({ length: min - typed.length }, () => '')];
}

/** Fewer positions typed than 5.8.6 asks: said in Chinese (the record still prints, with blank lines). */
export function pointsNote(
  spec: GasCheckSpec,
  record: Pick<GasRecord, 'direction' | 'points'>,
): string | null {
  const filled = (record.points ?? []).filter((p) => p.trim()).length;
  const min = minPoints(spec, record);
  return filled < min
    ? `GB 46768-2025 ${spec.points.clause} 要求这一方向不少于 ${min} 个检测点，已填写 ${filled} 个检测位置；打印的记录留有空行，可手写补齐。`
    : null;
}

/**
 * The verdict in words: whether the readings meet 5.9.1's entry conditions — never “可以进入”: entry also
 * needs what spec.entry lists.
 */
export function verdictSentence(spec: GasCheckSpec, result: GasCheckResult): string {
  const where = `GB 46768-2025 ${spec.clause} 的准入条件`;
  if (result.verdict === '符合') return `检测结果符合 ${where}。`;
  if (result.verdict === '不符合') return `检测结果不符合 ${where}，不应实施作业。`;
  return `尚不能判定检测结果是否符合 ${where}：${result.missing.join('；')}。`;
}

const untouched = (t: GasRecord['toxic'][number]) =>
  [t.value, t.limit, t.unit, t.standard].every((v) => v.trim() === '');

/**
 * The verdict for the readings of a record (see checkGas). A toxic gas with nothing typed but its name
 * counts as not measured (5.8.2 then reports it missing) rather than as an error, so a failing O₂ reading
 * is reported before the limits are filled in. A gas being typed that cannot be judged yet (a reading without
 * its unit or standard…) is 未完成: it is listed with what it lacks, the overall verdict cannot be 符合, and
 * every other reading keeps its own verdict — typing one gas never hides what the others showed.
 */
export function checkRecord(spec: GasCheckSpec, record: GasRecord): GasCheckOutcome {
  const typed = record.toxic.map((t, i) => ({ ...t, number: i + 1 })).filter((t) => !untouched(t));
  const unfinished: UnfinishedGas[] = [];
  const complete = typed.filter((t) => {
    const alone = checkGas(spec, { oxygen: null, flammable: null, toxic: [t] });
    if (alone.ok) return true;
    unfinished.push({ number: t.number, gas: t.gas.trim(), errors: alone.errors });
    return false;
  });
  const outcome = checkGas(spec, { oxygen: record.oxygen, flammable: record.flammable, toxic: complete });
  if (!outcome.ok || unfinished.length === 0) return outcome;
  const r = outcome.result;
  const missing = [...r.missing, ...unfinished.map((u) => `${gasName(u)}未完成`)];
  return {
    ok: true,
    result: { ...r, missing, unfinished, verdict: r.verdict === '不符合' ? '不符合' : '不完整' },
  };
}

/** 第 2 种有毒有害气体（硫化氢）. */
export const gasName = (u: Pick<UnfinishedGas, 'number' | 'gas'>) =>
  `第 ${u.number} 种有毒有害气体${u.gas ? `（${u.gas}）` : ''}`;

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
