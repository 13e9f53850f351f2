import type { AnnexLayout } from '../../schemas/annex-layout';
import { monthTotalReading } from '../../lib/table/month-total-reading';

/**
 * The 本站理解 under a monthly table: how the 累计 of its 家 columns adds up (the columns come from the
 * layout; see src/lib/table/month-total-reading). Nothing for a layout without such columns.
 */
export function MonthTotalReading({ layout }: { layout: AnnexLayout }) {
  const text = monthTotalReading(layout);
  if (!text) return null;
  return (
    <p class="month-total-reading">
      <span class="summary-tag tag-reading" title="方案没有写明，这是本站的理解，不是方案原文">
        本站理解
      </span>
      {text}
    </p>
  );
}
