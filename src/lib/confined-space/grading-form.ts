import { type GradingFormDraft, gradingFormDraftSchema } from '../../schemas/confined-space-ledger';
import type { SpaceDescription } from '../../schemas/confined-space';
import type { DraftSpec } from '../table/draft';

/**
 * The grading form on /confined-space/: what it keeps across a reload, and what its main button does. A new
 * space is added to the 台账; a row opened for editing is saved back to that row — unless its name or type
 * changed, then the user is asked whether this is the same space (更新第 N 行) or another one (新增一行).
 * Nothing replaces a 台账 row without the user saying so.
 */

export const gradingFormDraftSpec: DraftSpec<GradingFormDraft> = {
  key: 'jc76.confined-space.grading-form',
  schema: gradingFormDraftSchema,
  version: 1,
};

export const emptyGradingForm = (): GradingFormDraft => ({
  space: {
    name: '',
    location: '',
    countText: '1',
    type: '',
    typeOther: '',
    hazards: [],
    hazardsOther: '',
    workMode: 'own',
  },
  override: null,
  editing: null,
});

/** Whether the form holds anything typed (a restored empty form says nothing). */
export const hasInput = (form: GradingFormDraft) => {
  const e = emptyGradingForm();
  return (
    JSON.stringify(form.space) !== JSON.stringify(e.space) || form.override !== null || form.editing !== null
  );
};

/** The description the grading rules read: 数量 as a number (NaN when it is not a whole number). */
export function described(form: GradingFormDraft): Required<SpaceDescription> {
  const { countText, ...rest } = form.space;
  return { ...rest, count: /^\d+$/.test(countText.trim()) ? Number(countText) : Number.NaN };
}

/**
 * The form with a 台账 row's space in it, in edit mode for that row. `typeKnown` is false when the row's type
 * could not be read (an imported row): choosing one then is not a change of type.
 */
export function editRow(
  space: Required<SpaceDescription>,
  rowId: string,
  typeKnown = true,
): GradingFormDraft {
  const { count, ...rest } = space;
  return {
    space: { ...rest, countText: Number.isFinite(count) ? String(count) : '' },
    override: null,
    editing: { rowId, name: space.name, type: typeKnown ? space.type : '' },
  };
}

export type SaveChoice =
  | { kind: 'add' }
  | { kind: 'update'; rowId: string }
  | { kind: 'ask'; rowId: string; changed: ('name' | 'type')[] };

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * What saving the form does: add a row (no row being edited, or the edited row is gone from the 台账), update
 * the edited row (same name and type), or ask first (name or type changed while editing).
 */
export function saveChoice(form: GradingFormDraft, rowIds: readonly string[]): SaveChoice {
  const { editing, space } = form;
  if (!editing || !rowIds.includes(editing.rowId)) return { kind: 'add' };
  const changed: ('name' | 'type')[] = [];
  if (!same(space.name, editing.name)) changed.push('name');
  if (editing.type && space.type !== editing.type) changed.push('type');
  return changed.length
    ? { kind: 'ask', rowId: editing.rowId, changed }
    : { kind: 'update', rowId: editing.rowId };
}

/** The question asked before saving a row whose name or type changed. */
export function askText(serial: number, changed: readonly ('name' | 'type')[]): string {
  const what = changed.map((c) => (c === 'name' ? '名称' : '类型')).join('和');
  return `${what}改了：这是第 ${serial} 行的同一个有限空间（更新第 ${serial} 行），还是另一个有限空间（新增一行）？`;
}
