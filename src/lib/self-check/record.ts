// zod/mini (JIT off): these schemas are checked in the browser when a self-check draft is restored or a
// file is imported, so the self-check page does not carry the whole of zod (the site's CSP forbids eval).
import * as z from 'zod/mini';
import { photoRefSchema } from '../browser/photos';

z.config({ jitless: true });

/**
 * A plan requirement item says what must be done: it is 符合 or 不符合. A criterion of a 重大事故隐患判定标准
 * describes a violation (“…未…上岗作业的”): the answer is whether that 情形 exists here, and only
 * 存在该情形 is a 重大事故隐患.
 */
export const planStatuses = ['未检查', '符合', '不符合', '不适用'] as const;
export const criterionStatuses = ['未检查', '不存在该情形', '存在该情形', '不适用'] as const;
export const itemStatuses = ['未检查', '符合', '不符合', '不适用', '不存在该情形', '存在该情形'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** A status as pages, the report and the export write it. */
export const statusLabels: Record<ItemStatus, string> = {
  未检查: '未检查',
  符合: '符合',
  不符合: '不符合',
  不适用: '不适用',
  不存在该情形: '不存在该情形',
  存在该情形: '存在该情形（重大事故隐患）',
};

/** 不符合 (a plan item) or 存在该情形 (a criterion): the item records a hazard. */
export const isFailedStatus = (s: ItemStatus) => s === '不符合' || s === '存在该情形';

/** Criteria ids (content/criteria/) start with mem10- or mine-; plan item ids never do (checked in data.ts). */
export const isCriterionId = (id: string) => /^(mem10|mine)-/.test(id);
export const hazardLevels = ['重大', '一般'] as const;
export type HazardLevel = (typeof hazardLevels)[number];
export const progressStates = ['未整改', '整改中', '已整改'] as const;
export type Progress = (typeof progressStates)[number];
export { photoRefSchema, photoStages, type PhotoRef, type PhotoStage } from '../browser/photos';

/** What the user recorded for one item. Hazard fields are kept when the status changes back. */
export const itemResultSchema = z.strictObject({
  status: z.enum(itemStatuses),
  /** 隐患描述; absent = the item's own text (prefilled). */
  description: z.optional(z.string()),
  /**
   * 隐患级别 chosen for a plan item (一般 when absent); a criterion answered 存在该情形 is 重大 and never
   * stores one.
   */
  level: z.optional(z.enum(hazardLevels)),
  /**
   * A failed plan item and its linked criteria answered 存在该情形 are one hazard, unless the user says
   * this plan item is another hazard (true): then each is counted and recorded on its own.
   */
  separate: z.optional(z.boolean()),
  measure: z.optional(z.string()),
  owner: z.optional(z.string()),
  /** 整改时限: a date (YYYY-MM-DD) or words (如“停产整改完成前”). */
  deadline: z.optional(z.string()),
  progress: z.optional(z.enum(progressStates)),
  remark: z.optional(z.string()),
  photos: z.optional(z.array(photoRefSchema)),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

/** One self-check (per month, per workshop…). */
export const selfCheckSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** 企业名称 */
  enterprise: z.string(),
  /** 检查日期 (YYYY-MM-DD, or '' while not given) */
  date: z.string(),
  /** 检查人员 */
  inspectors: z.string(),
  /** A name to tell several apart (车间、月份…); '' = enterprise + date. */
  name: z.string(),
  kinds: z.array(z.string()),
  answers: z.record(z.string(), z.array(z.string())),
  results: z.record(z.string(), itemResultSchema),
  createdAt: z.string(),
});
export type SelfCheck = z.infer<typeof selfCheckSchema>;

/** Every self-check of this browser and the one open now. */
export const selfCheckBookSchema = z.strictObject({
  current: z.string(),
  checks: z.array(selfCheckSchema),
});
export type SelfCheckBook = z.infer<typeof selfCheckBookSchema>;

export const SELF_CHECK_DRAFT_VERSION = 2;
export const SELF_CHECK_DRAFT_KEY = 'jc76.self-check';

/**
 * Criteria were answered 符合 / 不符合 before version 2 (draft and file): 符合 meant the 情形 is not
 * here, 不符合 that it is. Their results become 不存在该情形 / 存在该情形; a level stored with one is
 * dropped (a criterion's level is 重大 by definition). Plan items keep their results.
 */
export function migrateCriteriaAnswers(results: unknown): unknown {
  if (results === null || typeof results !== 'object') return results;
  const out: Record<string, unknown> = {};
  for (const [id, r] of Object.entries(results as Record<string, unknown>)) {
    if (!isCriterionId(id) || r === null || typeof r !== 'object') {
      out[id] = r;
      continue;
    }
    const { level: _level, ...rest } = r as Record<string, unknown>;
    const status =
      rest.status === '符合' ? '不存在该情形' : rest.status === '不符合' ? '存在该情形' : rest.status;
    out[id] = { ...rest, status };
  }
  return out;
}

const migrateCheck = (c: unknown): unknown =>
  c !== null && typeof c === 'object'
    ? { ...c, results: migrateCriteriaAnswers((c as Record<string, unknown>).results ?? {}) }
    : c;

/**
 * Format history: version 0 was one bare self-check with `status` values in English (ok/fail/na) and no
 * `name`; version 1 keeps every self-check of the browser in one book; version 2 answers criteria with
 * 不存在该情形 / 存在该情形 (migrateCriteriaAnswers).
 */
export function migrateSelfCheckDraft(data: unknown, from: number): unknown {
  if (data === null || typeof data !== 'object') return data;
  let book = data as Record<string, unknown>;
  if (from === 0) {
    const old = book;
    const map: Record<string, string> = { ok: '符合', fail: '不符合', na: '不适用', unchecked: '未检查' };
    const results: Record<string, unknown> = {};
    for (const [id, r] of Object.entries((old.results as Record<string, Record<string, unknown>>) ?? {}))
      results[id] = { ...r, status: map[String(r?.status)] ?? r?.status };
    book = { current: String(old.id ?? ''), checks: [{ name: '', ...old, results }] };
  }
  if (from <= 1 && Array.isArray(book.checks)) book = { ...book, checks: book.checks.map(migrateCheck) };
  return book;
}

/**
 * A result whose answer does not fit its item (a plan item answered 存在该情形, a criterion 符合), from a
 * file written by hand: the field and the answers it allows, in Chinese; null when all fit.
 */
export function statusProblem(check: Pick<SelfCheck, 'results'>): string | null {
  for (const [id, r] of Object.entries(check.results)) {
    const allowed: readonly string[] = isCriterionId(id) ? criterionStatuses : planStatuses;
    if (!allowed.includes(r.status))
      return `字段 check.results.${id}.status：${isCriterionId(id) ? '判定标准条款' : '方案要求条目'}的结果只能是 ${allowed.join('、')}，不能是“${r.status}”`;
  }
  return null;
}

/** The draft spec for DraftStore (src/lib/table/draft.ts). */
export const selfCheckDraftSpec = {
  key: SELF_CHECK_DRAFT_KEY,
  schema: selfCheckBookSchema,
  version: SELF_CHECK_DRAFT_VERSION,
  migrate: migrateSelfCheckDraft,
  check: (book: SelfCheckBook) =>
    book.checks.length === 0 || book.checks.some((c) => c.id === book.current)
      ? null
      : '草稿里没有当前打开的自查',
};

export const newId = (now: Date = new Date()) =>
  `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function emptySelfCheck(id: string, date: string, createdAt: string): SelfCheck {
  return {
    id,
    enterprise: '',
    date,
    inspectors: '',
    name: '',
    kinds: [],
    answers: {},
    results: {},
    createdAt,
  };
}

/** How a self-check is listed: its name, or enterprise and date. */
export function selfCheckTitle(c: Pick<SelfCheck, 'name' | 'enterprise' | 'date'>): string {
  if (c.name.trim()) return c.name.trim();
  const parts = [c.enterprise.trim(), c.date].filter(Boolean);
  return parts.length ? `${parts.join(' ')} 自查` : '未命名的自查';
}
