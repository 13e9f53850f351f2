import type { AnnexLayout } from '../../schemas/annex-layout';
import { columnGroups, isEditable, leafColumns } from './layout';

/**
 * 本站理解 on the 累计 of 家 columns (自查企业（家）, 督查企业（家）…): the plan does not say whether an
 * enterprise counted in several months is counted once in 累计; the site adds the months, so such an
 * enterprise counts in each month. Which columns count enterprises comes from the layout (content/annexes/*.yaml:
 * a count column whose `unit` is 家), never from a list in code. The form, the Excel's 备注 and the 汇总 page
 * all say it with these words.
 */

/** The unit of a column that counts enterprises (家). */
export const ENTERPRISE_UNIT = '家';

/** The count columns of a monthly layout whose unit is 家 (empty for a layout without months). */
export function enterpriseCountColumns(layout: AnnexLayout) {
  if (layout.rows.kind !== 'months') return [];
  return leafColumns(layout).filter((c) => isEditable(c) && c.type === 'count' && c.unit === ENTERPRISE_UNIT);
}

/** A column's header as the note names it: 参训企业数 printed twice becomes 参训企业数（部门组织）. */
function shownHeader(layout: AnnexLayout, key: string): string {
  const c = leafColumns(layout).find((x) => x.key === key)!;
  const twins = leafColumns(layout).filter((x) => x.header === c.header);
  if (twins.length < 2) return c.header;
  const group = columnGroups(layout, key).at(-1);
  return group ? `${c.header}（${group}）` : c.header;
}

/**
 * The sentence, or null when the layout has no 家 column under a 累计 row: "累计一行的自查企业（家）、督查企业（家）
 * 是各月数字相加：同一企业在几个月都计入的，每个月各计一次，不是去掉重复后的企业数；方案没有规定这几列怎样累计。"
 */
export function monthTotalReading(layout: AnnexLayout): string | null {
  const cols = enterpriseCountColumns(layout);
  if (layout.rows.kind !== 'months' || cols.length === 0) return null;
  const total = layout.rows.totalLabel;
  const names = cols.map((c) => shownHeader(layout, c.key)).join('、');
  return `${total}一行的${names}是各月数字相加：同一企业在几个月都计入的，每个月各计一次，不是去掉重复后的企业数；方案没有规定这几列怎样${total}。`;
}

/** The line the Excel (and the print table, the copied text) carries below the table, or null. */
export function monthTotalNote(layout: AnnexLayout): string | null {
  const reading = monthTotalReading(layout);
  return reading ? `备注（本站理解）：${reading}` : null;
}
