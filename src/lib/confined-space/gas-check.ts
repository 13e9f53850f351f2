import type { GasCheckSpec } from '../../schemas/gas-check';

/** A reading as a form gives it: a number, the typed text (full-width digits allowed), or nothing. */
export type ReadingInput = number | string | null | undefined;

/** One toxic gas measured, with the limit the user takes from the standard they name. */
export interface ToxicReadingInput {
  /** 硫化氢, 一氧化碳, … */
  gas: string;
  value: ReadingInput;
  limit: ReadingInput;
  /** One unit for both the reading and the limit (no conversion is done). */
  unit: string;
  /** Which limit of 5.9.1 c): an id of the spec's limitKinds (mac, pc-stel, pc-twa). */
  limitKind: string;
  /** The standard the limit comes from, as the user names it. */
  standard: string;
  /** The user confirms that standard gives this gas no MAC and no PC-STEL (needed to use PC-TWA, 5.9.1 c)). */
  noMacOrStel?: boolean;
  /** Its place in the form (第 N 种), when it differs from its place in this list. */
  number?: number;
}

export interface GasReadingsInput {
  /** O₂, % VOL. */
  oxygen: ReadingInput;
  /** Flammable gas, % LEL. */
  flammable: ReadingInput;
  toxic: readonly ToxicReadingInput[];
}

/** Whether a reading meets its condition of 5.9.1 (不是“合格”: 5.9.1 is one condition of entry only). */
export type LineVerdict = '符合' | '不符合' | '未检测';

/** The verdict on one reading, with the condition and the clause it rests on. */
export interface GasCheckLine {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  verdict: LineVerdict;
  /** The condition checked, e.g. 19.5% VOL ≤ 氧含量 ≤ 23.5% VOL. */
  condition: string;
  clause: string;
  /** The clause's words, verbatim. */
  quote: string;
  /** How the site reads the boundary (本站理解), when the clause does not spell it out. */
  boundaryReading: string | null;
  /** For toxic gases: the limit, its kind and the standard the user named. */
  limit: { value: number; kind: string; standard: string } | null;
}

export interface GasCheckResult {
  /**
   * 符合: the readings meet every condition of 5.9.1 and everything 5.8.2 requires is measured — one
   * condition of entry, not permission to enter; 不符合: a reading fails (5.9.2); 不完整: nothing fails
   * but something required is not measured — work may not start either way.
   */
  verdict: '符合' | '不符合' | '不完整';
  lines: GasCheckLine[];
  /** What 5.8.2 requires that was not measured, in Chinese. */
  missing: string[];
  /** The clause the verdict applies: 5.9.1 (with its words). */
  clause: { clause: string; quote: string };
  /** 5.8.2, shown with `missing`. */
  required: { clause: string; quote: string };
  /** 5.9.2 (what to do next), when the verdict is 不符合. */
  consequence: { clause: string; quote: string } | null;
  /** Toxic gases being typed that cannot be judged yet (未完成), with what they lack; the others keep their verdict. */
  unfinished: UnfinishedGas[];
}

/** A toxic gas row with something typed but not enough to judge it. */
export interface UnfinishedGas {
  /** 第 N 种 in the form. */
  number: number;
  gas: string;
  errors: string[];
}

export type GasCheckOutcome = { ok: true; result: GasCheckResult } | { ok: false; errors: string[] };

const fullWidth = /[０-９．－]/g;

/** Reads a number as typed: "19.5", "１９．５", " 19.5 "; empty → null. */
export function parseReading(input: ReadingInput): { ok: true; value: number | null } | { ok: false } {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') return Number.isFinite(input) ? { ok: true, value: input } : { ok: false };
  const text = input
    .trim()
    .replace(fullWidth, (c) =>
      c === '．' ? '.' : c === '－' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    );
  if (text === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false };
  return { ok: true, value: Number(text) };
}

const fmt = (n: number, unit: string) => `${n}${unit}`;

/**
 * The pre-entry gas check (作业前检测) per GB 46768-2025 5.9.1: O₂ within the range, flammable gas not
 * above 10 % LEL, each toxic gas not above the limit the user gives (with its unit and standard; PC-TWA
 * only when the user confirms the standard has no MAC or PC-STEL for it, as 5.9.1 c) orders). Bad input
 * is refused with Chinese messages naming the reading; nothing is guessed or converted. The verdict says
 * whether the readings meet 5.9.1's entry conditions, not whether anyone may enter (see spec.entry).
 */
export function checkGas(spec: GasCheckSpec, input: GasReadingsInput): GasCheckOutcome {
  const errors: string[] = [];
  const number = (value: ReadingInput, field: string, range: { min: number; max?: number }) => {
    const r = parseReading(value);
    if (!r.ok) {
      errors.push(`${field}：应为数字`);
      return null;
    }
    if (r.value !== null && (r.value < range.min || (range.max !== undefined && r.value > range.max))) {
      errors.push(
        `${field}：应${range.max !== undefined ? `在 ${range.min} 到 ${range.max} 之间` : `不小于 ${range.min}`}`,
      );
      return null;
    }
    return r.value;
  };

  const { oxygen: o2, flammable: fl, toxic: tx } = spec;
  const oxygen = number(input.oxygen, `${o2.label}（${o2.unit}）`, { min: 0, max: 100 });
  const flammable = number(input.flammable, `${fl.label}（${fl.unit}）`, { min: 0 });
  const toxic = input.toxic.map((t, i) => {
    const name = t.gas.trim();
    const place = t.number ?? i + 1;
    const where = `第 ${place} 种有毒有害气体${name ? `（${name}）` : ''}`;
    if (!name) errors.push(`${where}：请填写气体名称`);
    const value = number(t.value, `${where}读数`, { min: 0 });
    const limit = number(t.limit, `${where}限值`, { min: 0 });
    const typedLimit = parseReading(t.limit);
    if (typedLimit.ok && typedLimit.value === null)
      errors.push(`${where}限值：请按所依据的标准填写限值（本站不提供限值）`);
    else if (limit === 0) errors.push(`${where}限值：应大于 0`);
    if (!t.unit.trim()) errors.push(`${where}单位：请填写读数和限值的单位`);
    const kind = tx.limitKinds.find((k) => k.id === t.limitKind);
    if (!kind) errors.push(`${where}限值类别：应为 ${tx.limitKinds.map((k) => k.label).join('、')} 之一`);
    else if (kind.onlyWhenNoOther && !t.noMacOrStel) {
      const others = tx.limitKinds.filter((k) => !k.onlyWhenNoOther).map((k) => k.label);
      errors.push(
        `${where}限值类别：GB 46768-2025 ${tx.clause} 先用${others.join('或')}，两者都没有时才用${kind.label}；` +
          `请确认所依据的标准中该气体没有${others.join('和')}（勾选“该气体没有${others.join('和')}”），或改选限值类别`,
      );
    }
    if (!t.standard.trim()) errors.push(`${where}依据标准：请写明限值所依据的标准`);
    return { name, place, value, limit, unit: t.unit.trim(), kind, standard: t.standard.trim() };
  });
  if (errors.length) return { ok: false, errors };

  const within = (v: number, min: number | null, max: number, inclusive: boolean) =>
    inclusive ? (min === null || v >= min) && v <= max : (min === null || v > min) && v < max;
  const le = o2.inclusive ? '≤' : '<';
  const lines: GasCheckLine[] = [
    {
      key: 'oxygen',
      label: o2.label,
      value: oxygen,
      unit: o2.unit,
      verdict: oxygen === null ? '未检测' : within(oxygen, o2.min, o2.max, o2.inclusive) ? '符合' : '不符合',
      condition: `${fmt(o2.min, o2.unit)} ${le} ${o2.label} ${le} ${fmt(o2.max, o2.unit)}`,
      clause: o2.clause,
      quote: o2.quote,
      boundaryReading: o2.boundaryReading,
      limit: null,
    },
    {
      key: 'flammable',
      label: fl.label,
      value: flammable,
      unit: fl.unit,
      verdict:
        flammable === null ? '未检测' : within(flammable, null, fl.max, fl.inclusive) ? '符合' : '不符合',
      condition: `${fl.label} ${fl.inclusive ? '≤' : '<'} ${fmt(fl.max, fl.unit)}`,
      clause: fl.clause,
      quote: fl.quote,
      boundaryReading: fl.boundaryReading,
      limit: null,
    },
    ...toxic.map((t) => ({
      key: `toxic-${t.place}`,
      label: t.name,
      value: t.value,
      unit: t.unit,
      verdict: (t.value === null
        ? '未检测'
        : within(t.value, null, t.limit!, tx.inclusive)
          ? '符合'
          : '不符合') as LineVerdict,
      condition: `${t.name} ${tx.inclusive ? '≤' : '<'} ${t.limit} ${t.unit}（${t.kind!.label}，${t.standard}）`,
      clause: tx.clause,
      quote: tx.quote,
      boundaryReading: null,
      limit: { value: t.limit!, kind: t.kind!.label, standard: t.standard },
    })),
  ];

  const measured = (names: string[]) =>
    toxic.some((t) => t.value !== null && names.some((n) => n.toLowerCase() === t.name.toLowerCase()));
  const missing = [
    ...(oxygen === null ? [`未检测${o2.label}`] : []),
    ...(flammable === null ? [`未检测${fl.label}`] : []),
    ...spec.required.toxicGases
      .filter((g) => !measured([g.name, ...g.aliases]))
      .map((g) => `未检测${g.name}`),
    ...lines
      .filter((l) => l.key.startsWith('toxic-') && l.verdict === '未检测')
      .map((l) => `未填写${l.label}的读数`),
  ];
  const failed = lines.some((l) => l.verdict === '不符合');
  return {
    ok: true,
    result: {
      verdict: failed ? '不符合' : missing.length ? '不完整' : '符合',
      lines,
      missing,
      clause: { clause: spec.clause, quote: spec.quote },
      required: { clause: spec.required.clause, quote: spec.required.quote },
      consequence: failed ? { clause: spec.failure.clause, quote: spec.failure.quote } : null,
      unfinished: [],
    },
  };
}
