import type { RowModel } from '../../../schemas/annex-layout';
import { fixed } from './fixed';
import { free } from './free';
import type { RowKind } from './kind';
import { months } from './months';

export type { RowKind, RowRead, RowReadContext } from './kind';
export { newRowId } from './kind';

const kinds: { [K in RowModel['kind']]: RowKind<Extract<RowModel, { kind: K }>> } = { months, free, fixed };

/** The module for a layout's kind of rows. */
export const rowKind = (model: RowModel) => kinds[model.kind] as RowKind;
