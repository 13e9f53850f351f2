import { z } from './zod';
import { slug } from './common';

/**
 * The layout of one annex table (附件1–5) as the plan prints it. One form engine (src/lib/table)
 * turns a layout into the editable form, the Excel sheet, CSV and the print view, so a new annex
 * is a new YAML file in content/annexes/, not new code.
 */

/**
 * What a column holds. count: whole number ≥ 0 (家/条/人/处); money: ≥ 0 with two decimals (万元);
 * date-or-text: a date, or words such as 立即整改 / 限期30日 (附件2 整改时限).
 */
export const columnTypes = [
  'count',
  'money',
  'date',
  'date-or-text',
  'text',
  'enum',
  'serial',
  'row-label',
] as const;
export const columnType = z.enum(columnTypes, { error: `列类型只能是 ${columnTypes.join('、')} 之一` });
export type ColumnType = z.infer<typeof columnType>;

export const columnSchema = z
  .strictObject({
    key: slug,
    /** The header text exactly as printed, unit included, e.g. 一般隐患（条）. */
    header: z.string().min(1),
    type: columnType,
    /** Unit shown next to inputs, e.g. 条; taken from the header. */
    unit: z.string().optional(),
    /** Allowed values for enum columns, in the plan's words. */
    options: z.array(z.string().min(1)).optional(),
    /** enum columns: other words files use for an option, read as that option on import (高风险 → 高). */
    aliases: z.record(z.string().min(1), z.string().min(1)).optional(),
    required: z.boolean().default(false),
    /** Column width in Excel characters. */
    width: z.number().positive().optional(),
    /** Hint under the input (our words). */
    hint: z.string().optional(),
  })
  .refine((c) => c.type !== 'enum' || (c.options?.length ?? 0) > 0, {
    message: '选项列（enum）必须列出 options',
    path: ['options'],
  })
  .refine((c) => Object.values(c.aliases ?? {}).every((v) => c.options?.includes(v)), {
    message: 'aliases 的每个值必须是 options 之一',
    path: ['aliases'],
  });
export type Column = z.infer<typeof columnSchema>;

/** A group header spanning the columns (or sub-groups) under it. */
export type HeaderNode = { group: string; children: HeaderNode[] } | { column: string };
export const headerNodeSchema: z.ZodType<HeaderNode> = z.lazy(() =>
  z.union([
    z.strictObject({ group: z.string().min(1), children: z.array(headerNodeSchema).min(1) }),
    z.strictObject({ column: slug }),
  ]),
);

/** A field above or below the table, e.g. 填报单位：. */
export const fieldSchema = z.strictObject({
  key: slug,
  /** The label as printed, without the colon, e.g. 填报单位. */
  label: z.string().min(1),
  /** The colon as printed (附件2 prints ASCII ":"). */
  colon: z.enum(['：', ':']).default('：'),
  /** above/below the table; title: not printed as a line, it fills "XX" in the title (附件3). */
  position: z.enum(['above', 'below', 'title']),
  type: z.enum(['text', 'date', 'tel']).default('text'),
  required: z.boolean().default(true),
});
export type Field = z.infer<typeof fieldSchema>;

/** A lesser-or-equal rule between two count columns (已整改 ≤ 隐患), checked month by month on running totals. */
export const ruleSchema = z.strictObject({
  kind: z.literal('not-greater'),
  column: slug,
  than: slug,
});
export type Rule = z.infer<typeof ruleSchema>;

export const rowModelSchema = z.discriminatedUnion(
  'kind',
  [
    /** One row per month from `firstMonth`; the user adds months as they pass; then a 累计 row. */
    z.strictObject({
      kind: z.literal('months'),
      labelColumn: slug,
      firstMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
      /** The campaign's last month: the phone's month picker offers firstMonth…lastMonth. */
      lastMonth: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .optional(),
      /** The year whose months print as "5月"; other years print as "2026年1月". */
      baseYear: z.number().int(),
      totalLabel: z.string().min(1),
    }),
    /** Free rows numbered by 序号. */
    z.strictObject({ kind: z.literal('free'), serialColumn: slug }),
    /** Fixed rows (附件4: 行业领域 under 应急管理局), then a 合计 row. */
    z.strictObject({
      kind: z.literal('fixed'),
      labelColumn: slug,
      labels: z.array(z.string().min(1)).min(1),
      /** A column whose one value spans all fixed rows, e.g. 监管部门 = 应急管理局. */
      groupColumn: slug,
      groupValue: z.string().min(1),
      totalLabel: z.string().min(1),
    }),
  ],
  { error: '行模型 kind 只能是 months、free 或 fixed' },
);
export type RowModel = z.infer<typeof rowModelSchema>;

/**
 * What a form is for on this site besides being filled and downloaded (declared once, in its YAML, so no
 * code asks "is this annex3?"):
 * - `summary`: county bureaus combine received files of it on /summary/<id>/ (附件1, 附件2, 附件5);
 * - `self-check-counts`: the self-check files enterprises export count in it (企业自查自纠情况, 附件1);
 * - `self-check-hazards`: a self-check's hazards become its rows (重大事故隐患清单, 附件2);
 * - `confined-space-ledger`: the 有限空间管理台账 the grading page adds spaces to (附件3);
 * - `confined-space-statistics`: the statistics built from received 台账 files on /confined-space/ledgers/ (附件4).
 */
export const annexRoles = [
  'summary',
  'self-check-counts',
  'self-check-hazards',
  'confined-space-ledger',
  'confined-space-statistics',
] as const;
export type AnnexRole = (typeof annexRoles)[number];

export const annexLayoutSchema = z
  .strictObject({
    /** The form's id: its file name in content/annexes/ (the loader fills it in). */
    id: slug,
    /** The plan's annex number (附件N); left out for a form that is not one of the plan's annexes. */
    number: z.number().int().positive().optional(),
    /** The printed title. In 附件3 "XX" stands for the enterprise name (titleField fills it). */
    title: z.string().min(1),
    /** Field whose value replaces "XX" in the title. */
    titleField: slug.optional(),
    /** Short name for file names, e.g. 安全生产隐患排查整治调度表. */
    fileName: z.string().min(1),
    fields: z.array(fieldSchema),
    columns: z.array(columnSchema).min(1),
    header: z.array(headerNodeSchema).min(1),
    rows: rowModelSchema,
    rules: z.array(ruleSchema).default([]),
    /** Lines printed below the table, verbatim (备注…). */
    notes: z.array(z.string().min(1)).default([]),
    /** Notes print before (附件4) or after the below-fields. */
    notesBeforeFields: z.boolean().default(false),
    /** What the site does with this form besides filling it (see annexRoles). */
    roles: z.array(z.enum(annexRoles, { error: `用途只能是 ${annexRoles.join('、')}` })).default([]),
  })
  .superRefine((layout, ctx) => {
    for (const { path, message } of layoutKeyProblems(layout))
      ctx.addIssue({ code: 'custom', path, message });
  });
export type AnnexLayout = z.infer<typeof annexLayoutSchema>;

type LayoutShape = Pick<AnnexLayout, 'fields' | 'columns' | 'header' | 'rows' | 'rules' | 'titleField'>;

/**
 * Every key a layout refers to, checked (so a typo fails the build naming the file and the key,
 * instead of failing when the page renders, or never): header → columns (each column exactly once),
 * rules → count columns, rows → their label/serial columns, titleField → a title field; keys unique.
 */
export function layoutKeyProblems(layout: LayoutShape): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const columns = new Map(layout.columns.map((c) => [c.key, c]));
  const duplicates = (keys: string[], where: string) =>
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) problems.push({ path: [where, i, 'key'], message: `键 ${key} 重复` });
    });
  duplicates(
    layout.columns.map((c) => c.key),
    'columns',
  );
  duplicates(
    layout.fields.map((f) => f.key),
    'fields',
  );
  const used = new Map<string, number>();
  const walk = (nodes: HeaderNode[], path: (string | number)[]) =>
    nodes.forEach((node, i) => {
      if ('column' in node) {
        if (!columns.has(node.column))
          problems.push({ path: [...path, i, 'column'], message: `表头引用了不存在的列 ${node.column}` });
        used.set(node.column, (used.get(node.column) ?? 0) + 1);
      } else walk(node.children, [...path, i, 'children']);
    });
  walk(layout.header, ['header']);
  layout.columns.forEach((c, i) => {
    const n = used.get(c.key) ?? 0;
    if (n !== 1)
      problems.push({
        path: ['columns', i, 'key'],
        message: n === 0 ? `列 ${c.key} 不在表头中` : `列 ${c.key} 在表头中出现了 ${n} 次`,
      });
  });
  const wantColumn = (key: string, types: ColumnType[], path: (string | number)[], what: string) => {
    const c = columns.get(key);
    if (!c) problems.push({ path, message: `${what}引用了不存在的列 ${key}` });
    else if (!types.includes(c.type))
      problems.push({ path, message: `${what}引用的列 ${key} 类型是 ${c.type}，应为 ${types.join(' 或 ')}` });
  };
  layout.rules.forEach((rule, i) => {
    wantColumn(rule.column, ['count'], ['rules', i, 'column'], '规则');
    wantColumn(rule.than, ['count'], ['rules', i, 'than'], '规则');
  });
  const r = layout.rows;
  if (r.kind === 'months' || r.kind === 'fixed')
    wantColumn(r.labelColumn, ['row-label'], ['rows', 'labelColumn'], '行模型');
  if (r.kind === 'fixed') wantColumn(r.groupColumn, ['row-label'], ['rows', 'groupColumn'], '行模型');
  if (r.kind === 'free') wantColumn(r.serialColumn, ['serial'], ['rows', 'serialColumn'], '行模型');
  if (layout.titleField) {
    const f = layout.fields.find((x) => x.key === layout.titleField);
    if (!f)
      problems.push({ path: ['titleField'], message: `标题字段引用了不存在的字段 ${layout.titleField}` });
    else if (f.position !== 'title')
      problems.push({ path: ['titleField'], message: `标题字段 ${f.key} 的 position 应为 title` });
  }
  return problems;
}
