import type { AnnexLayout, Column, HeaderNode, Rule } from '../../schemas/annex-layout';

/**
 * What any table is described by (an annex layout is one; so will be a self-check sheet or a
 * 台账's second sheet): its columns and the multi-level header that orders them. `rules` (已整改 ≤ 隐患)
 * only help name twin columns.
 */
export interface TableDescription {
  columns: Column[];
  header: HeaderNode[];
  rules?: Rule[];
}

/** A column of a table the site makes itself (a report, a 来源文件 sheet): not required, `width` in Excel characters. */
export const plainColumn = (
  key: string,
  header: string,
  type: Column['type'] = 'text',
  width?: number,
): Column => ({
  key,
  header,
  type,
  required: false,
  ...(width === undefined ? {} : { width }),
});

/** Several such columns, keyed: `{ no: ['序号', 'serial', 6], … }` in order. */
export const plainColumns = (spec: Record<string, readonly [string, Column['type'], number]>): Column[] =>
  Object.entries(spec).map(([key, [header, type, width]]) => plainColumn(key, header, type, width));

/** A table with one header row: each column under its own header, in order. */
export const flatTable = (columns: Column[]): TableDescription => ({
  columns,
  header: columns.map((c) => ({ column: c.key })),
});

/** One cell of the multi-level table header, positioned on a grid (0-based). */
export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Set on leaf cells: the column this header names. */
  column?: string;
}

const leaves = (node: HeaderNode): string[] =>
  'column' in node ? [node.column] : node.children.flatMap(leaves);
const depthOf = (node: HeaderNode): number =>
  'column' in node ? 1 : 1 + Math.max(...node.children.map(depthOf));

/** Columns in the order the header prints them. */
export function leafColumns(layout: TableDescription): Column[] {
  return layout.header.flatMap(leaves).map((key) => column(layout, key));
}

export function column(layout: TableDescription, key: string): Column {
  const c = layout.columns.find((col) => col.key === key);
  if (!c) throw new Error(`表头引用了不存在的列 ${key}`);
  return c;
}

/** Number of header rows (附件1: 2, 附件5: 3). */
export function headerDepth(layout: TableDescription): number {
  return Math.max(...layout.header.map(depthOf));
}

/**
 * The header as a grid of merged cells: a group spans the columns under it; a column whose
 * header sits higher than the deepest level spans down to the last header row.
 */
export function headerGrid(layout: TableDescription): HeaderCell[] {
  const depth = headerDepth(layout);
  const cells: HeaderCell[] = [];
  let col = 0;
  const walk = (node: HeaderNode, row: number) => {
    if ('column' in node) {
      cells.push({
        text: column(layout, node.column).header,
        row,
        col,
        rowSpan: depth - row,
        colSpan: 1,
        column: node.column,
      });
      col += 1;
      return;
    }
    const start = col;
    const cell: HeaderCell = { text: node.group, row, col: start, rowSpan: 1, colSpan: 0 };
    cells.push(cell);
    for (const child of node.children) walk(child, row + 1);
    cell.colSpan = col - start;
  };
  for (const node of layout.header) walk(node, 0);
  return cells;
}

/** The group headers above a column, e.g. ['培训情况', '部门组织'] — used to say where an error is. */
export function columnGroups(layout: TableDescription, key: string): string[] {
  const path: string[] = [];
  const find = (node: HeaderNode, trail: string[]): boolean => {
    if ('column' in node) {
      if (node.column === key) {
        path.push(...trail);
        return true;
      }
      return false;
    }
    return node.children.some((child) => find(child, [...trail, node.group]));
  };
  layout.header.some((node) => find(node, []));
  return path;
}

/**
 * A column's header, made unique within its group: 附件1 prints 已整改（条） twice under each group,
 * so the one checked against 一般隐患（条） is called 一般隐患已整改（条）.
 */
export function columnHeaderName(layout: TableDescription, key: string): string {
  const c = column(layout, key);
  const groups = columnGroups(layout, key).join('\u0000');
  const twins = layout.columns.filter(
    (o) => o.header === c.header && columnGroups(layout, o.key).join('\u0000') === groups,
  );
  if (twins.length < 2) return c.header;
  const rule = layout.rules?.find((r) => r.column === key);
  if (!rule) return `${c.header}（${twins.findIndex((o) => o.key === key) + 1}）`;
  return `${column(layout, rule.than).header.replace(/（[^（）]*）$/, '')}${c.header}`;
}

/** A column's full, unique name, e.g. "企业自查自纠情况 · 一般隐患已整改（条）". */
export function columnPath(layout: TableDescription, key: string): string {
  return [...columnGroups(layout, key), columnHeaderName(layout, key)].join(' · ');
}

/** Columns the user edits (not 序号, not row labels). */
export const isEditable = (c: Column) => c.type !== 'serial' && c.type !== 'row-label';

/** How a form is named in messages and file names: 附件1, or the file name for a form that is not one of the plan's annexes. */
export const formLabel = (layout: Pick<AnnexLayout, 'number' | 'fileName'>) =>
  layout.number ? `附件${layout.number}` : layout.fileName;

/** The title with "XX" replaced by the enterprise name (附件3). */
export function annexTitle(layout: AnnexLayout, fields: Record<string, string>): string {
  if (!layout.titleField) return layout.title;
  const name = (fields[layout.titleField] ?? '').trim();
  return name ? layout.title.replace('XX', name) : layout.title;
}
