import type { AnnexLayout } from '../../schemas/annex-layout';
import { monthTotalReading } from '../../lib/table/month-total-reading';
import { Tag } from '../common/Tag';

/**
 * The 本站理解 under a monthly table: how the 累计 of its 家 columns adds up (the columns come from the
 * layout; see src/lib/table/month-total-reading). Nothing for a layout without such columns.
 */
export function MonthTotalReading({ layout }: { layout: AnnexLayout }) {
  const text = monthTotalReading(layout);
  if (!text) return null;
  return (
    <p class="month-total-reading">
      <Tag kind="reading" />
      {text}
    </p>
  );
}
