import { parseCount } from '../values';
import { codecs } from '../codecs';
import { type ModelOf, newRowId, type RowKind } from './kind';

/** Free rows numbered by 序号 (附件2/3): add any number, remove any while one is left. */
type Free = ModelOf<'free'>;

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export const free: RowKind<Free> = {
  initial: (_m, empty) => [{ id: newRowId(), cells: empty() }],
  next: (_m, _rows, empty) => ({ id: newRowId(), cells: empty() }),
  addLabel: () => '添加一行',
  canRemove: (_m, rows, rowId) => rows.length > 1 && rows.some((row) => row.id === rowId),
  label: (_m, _row, index) => String(index + 1),
  name: (_m, _row, index) => `第 ${index + 1} 行`,
  labelCell: (_m, _c, _row, index) => String(index + 1),
  spanDown: () => [],
  totalLabel: () => null,
  read(m, ctx) {
    const rows = [];
    const sourceRows = [];
    let n = 0;
    for (const row of ctx.tableRows) {
      n += 1;
      const raw = ctx.raw(row, m.serialColumn);
      const serial = isBlank(raw) ? undefined : parseCount(codecs.serial.fromCell(raw));
      if (serial !== n) {
        ctx.problem(
          row,
          m.serialColumn,
          isBlank(raw)
            ? `序号不能为空，这一行应是 ${n}`
            : `序号应从 1 起连续编号，这一行应是 ${n}，却是“${codecs.text.fromCell(raw)}”`,
        );
      }
      // Rows with only a 序号 are unused lines of the printed form.
      if (ctx.editableBlank(row)) continue;
      rows.push({ id: newRowId(), cells: ctx.cellsOf(row) });
      sourceRows.push(row);
    }
    if (rows.length === 0) {
      rows.push({ id: newRowId(), cells: ctx.emptyCells() });
      sourceRows.push(-1);
    }
    return { rows, sourceRows };
  },
};
