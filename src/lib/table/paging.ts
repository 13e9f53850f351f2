/**
 * Long tables (附件2/附件3 can run to thousands of rows) are shown a page at a time, so typing
 * stays fast; exports, totals and validation always cover every row.
 */
export const PAGE_SIZE = 50;

export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

export const pageOfRow = (index: number, size = PAGE_SIZE) => Math.max(0, Math.floor(index / size));

/** The rows [start, end) of a page, the page clamped to the table. */
export function pageSlice(
  total: number,
  page: number,
  size = PAGE_SIZE,
): { page: number; start: number; end: number } {
  const p = Math.min(Math.max(0, page), pageCount(total, size) - 1);
  return { page: p, start: p * size, end: Math.min(total, (p + 1) * size) };
}
