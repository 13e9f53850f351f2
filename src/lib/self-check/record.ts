// zod/mini (JIT off): these schemas are checked in the browser when a self-check draft is restored or a
// file is imported, so the self-check page does not carry the whole of zod (the site's CSP forbids eval).
import * as z from 'zod/mini';

z.config({ jitless: true });

export const itemStatuses = ['未检查', '符合', '不符合', '不适用'] as const;
export type ItemStatus = (typeof itemStatuses)[number];
export const hazardLevels = ['重大', '一般'] as const;
export type HazardLevel = (typeof hazardLevels)[number];
export const progressStates = ['未整改', '整改中', '已整改'] as const;
export type Progress = (typeof progressStates)[number];
export const photoStages = ['整改前', '整改后'] as const;
export type PhotoStage = (typeof photoStages)[number];

/** A photo kept in this browser (IndexedDB, by id); only the reference lives in the draft. */
export const photoRefSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  stage: z.enum(photoStages),
});
export type PhotoRef = z.infer<typeof photoRefSchema>;

/** What the user recorded for one item. Hazard fields are kept when the status changes back. */
export const itemResultSchema = z.strictObject({
  status: z.enum(itemStatuses),
  /** 隐患描述; absent = the item's own text (prefilled). */
  description: z.optional(z.string()),
  /** 隐患级别 chosen for a plan item; a criterion is always 重大 and never stores one. */
  level: z.optional(z.enum(hazardLevels)),
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

export const SELF_CHECK_DRAFT_VERSION = 1;
export const SELF_CHECK_DRAFT_KEY = 'jc76.self-check';

/**
 * Format history: version 0 was one bare self-check with `status` values in English (ok/fail/na) and no
 * `name`; version 1 keeps every self-check of the browser in one book.
 */
export function migrateSelfCheckDraft(data: unknown, from: number): unknown {
  if (from !== 0 || data === null || typeof data !== 'object') return data;
  const old = data as Record<string, unknown>;
  const map: Record<string, ItemStatus> = { ok: '符合', fail: '不符合', na: '不适用', unchecked: '未检查' };
  const results: Record<string, unknown> = {};
  for (const [id, r] of Object.entries((old.results as Record<string, Record<string, unknown>>) ?? {}))
    results[id] = { ...r, status: map[String(r?.status)] ?? r?.status };
  const check = { name: '', ...old, results };
  return { current: String(old.id ?? ''), checks: [check] };
}

/** The draft spec for DraftStore (src/lib/forms/draft.ts). */
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
