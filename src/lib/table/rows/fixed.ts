import { codecs } from '../codecs';
import { normHeader } from '../text';
import { type ModelOf, newRowId, type RowKind } from './kind';

/** Fixed rows (附件4: the 行业领域 under 应急管理局), then a 合计 row; they never grow or shrink. */
type Fixed = ModelOf<'fixed'>;

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export const fixed: RowKind<Fixed> = {
  initial: (m, empty) => m.labels.map((label) => ({ id: newRowId(), label, cells: empty() })),
  next: () => null,
  addLabel: () => null,
  canRemove: () => false,
  label: (_m, row) => row.label!,
  name: (_m, row) => row.label!,
  labelCell: (m, c, row, index) => (c.key === m.groupColumn ? (index === 0 ? m.groupValue : '') : row.label!),
  spanDown: (m) => [m.groupColumn],
  totalLabel: (m) => m.totalLabel,
  read(m, ctx) {
    const byLabel = new Map<string, number>();
    for (const row of ctx.tableRows) {
      const raw = ctx.raw(row, m.labelColumn);
      const label = normHeader(raw);
      const known = m.labels.find((l) => normHeader(l) === label);
      if (!known) {
        if (isBlank(raw) && ctx.editableBlank(row)) continue;
        ctx.problem(
          row,
          m.labelColumn,
          isBlank(raw)
            ? '行业领域不能为空'
            : `“${codecs.text.fromCell(raw)}”不是本表的行业领域，应为${m.labels.map((l) => `“${l}”`).join('或')}`,
        );
        continue;
      }
      if (byLabel.has(known)) {
        ctx.problem(row, m.labelColumn, `“${known}”出现了两次（第 ${byLabel.get(known)! + 1} 行已有）`);
        continue;
      }
      byLabel.set(known, row);
    }
    const rows = [];
    const sourceRows = [];
    for (const label of m.labels) {
      const row = byLabel.get(label);
      rows.push({ id: newRowId(), label, cells: row === undefined ? ctx.emptyCells() : ctx.cellsOf(row) });
      sourceRows.push(row ?? -1);
    }
    return { rows, sourceRows };
  },
};
