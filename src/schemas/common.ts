import { z } from './zod';

/** A calendar date written in YAML as 2025-05-26 (kept as a string: no time zone games). */
export const isoDate = z
  .string({ error: '应为日期，格式 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期，格式 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, '不是有效的日期');

/** A year and month such as 2025-06. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为年月，格式 YYYY-MM');

/** Stable ids used in URLs and anchors: lower-case latin, digits and hyphens. */
export const slug = z
  .string({ error: '缺少 id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能由小写字母、数字和连字符组成');

/** Text quoted from the plan. It must not be empty. */
export const planText = z.string({ error: '缺少原文' }).trim().min(1, '原文不能为空');

/** Who acts or reports, in the plan's own terms. */
export const roleId = z.enum(['enterprise', 'county', 'city'], {
  error: '角色只能是 enterprise（企业）、county（县（市、区）应急管理局）或 city（市局）',
});
export type RoleId = z.infer<typeof roleId>;

export const roleNames: Record<RoleId, string> = {
  enterprise: '企业',
  county: '县（市、区）应急管理局',
  city: '市应急管理局',
};

/**
 * A window of time as the plan states it. `null` means the plan gives no such date: no start invented
 * for （二）粉尘涉爆, no end for 督导检查阶段. A date the site infers (从即日起 = 印发之日) is allowed only
 * where the plan's words imply it, and pages mark it 本站理解.
 */
export const dateWindow = z
  .strictObject({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
  })
  .refine((w) => w.end === null || w.start === null || w.end >= w.start, {
    message: '结束日期早于开始日期',
    path: ['end'],
  });
export type DateWindow = z.infer<typeof dateWindow>;

/** The keys of a content entry listed in a set order (a YAML list that pages show by `order`). */
export const listed = { id: slug, order: z.number().int() };

/** A numbered part of the plan's text, as printed: （一） + its title (行动, 阶段, 工作要求). */
export const numberedPart = { ...listed, number: z.string(), title: planText };
