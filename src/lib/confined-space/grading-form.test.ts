import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../browser/memory-storage';
import { DraftStore } from '../table/draft';
import {
  askText,
  described,
  editRow,
  emptyGradingForm,
  gradingFormDraftSpec,
  hasInput,
  saveChoice,
} from './grading-form';

const tank = {
  name: '1号储罐',
  location: '东厂区',
  count: 2,
  type: 'tank',
  typeOther: '',
  hazards: ['oxygen-deficiency'],
  hazardsOther: '',
  workMode: 'own' as const,
};

describe('the grading form’s main button (nothing replaces a 台账 row without the user saying so)', () => {
  it('a new space is added, also right after another one was added', () => {
    expect(saveChoice(emptyGradingForm(), [])).toEqual({ kind: 'add' });
    const form = { ...emptyGradingForm(), space: { ...emptyGradingForm().space, name: '储罐' } };
    expect(saveChoice(form, ['r1'])).toEqual({ kind: 'add' });
  });
  it('a row opened for editing is updated while its name and type stay', () => {
    const form = editRow(tank, 'r1');
    expect(saveChoice(form, ['r1', 'r2'])).toEqual({ kind: 'update', rowId: 'r1' });
    const moved = { ...form, space: { ...form.space, location: '西厂区', countText: '3' } };
    expect(saveChoice(moved, ['r1'])).toEqual({ kind: 'update', rowId: 'r1' });
    const spaced = { ...form, space: { ...form.space, name: ' 1号储罐 ' } };
    expect(saveChoice(spaced, ['r1'])).toEqual({ kind: 'update', rowId: 'r1' });
  });
  it('asks when the name or the type changed while editing', () => {
    const form = editRow(tank, 'r1');
    const renamed = { ...form, space: { ...form.space, name: '2号污水井' } };
    expect(saveChoice(renamed, ['r1'])).toEqual({ kind: 'ask', rowId: 'r1', changed: ['name'] });
    const retyped = { ...form, space: { ...form.space, type: 'sewage-well' } };
    expect(saveChoice(retyped, ['r1'])).toEqual({ kind: 'ask', rowId: 'r1', changed: ['type'] });
    expect(askText(1, ['name', 'type'])).toBe(
      '名称和类型改了：这是第 1 行的同一个有限空间（更新第 1 行），还是另一个有限空间（新增一行）？',
    );
  });
  it('choosing a type for an imported row whose type could not be read is not a change', () => {
    const form = editRow({ ...tank, type: 'other' }, 'r1', false);
    expect(saveChoice({ ...form, space: { ...form.space, type: 'tank' } }, ['r1'])).toEqual({
      kind: 'update',
      rowId: 'r1',
    });
  });
  it('a row deleted meanwhile (on the 附件3 page) is added again rather than lost', () => {
    expect(saveChoice(editRow(tank, 'gone'), ['r1'])).toEqual({ kind: 'add' });
  });
});

describe('the grading form as a draft', () => {
  it('round-trips through the table layer’s draft store, 数量 as typed', () => {
    const storage = memoryStorage();
    const form = { ...editRow(tank, 'r1'), override: { grade: '高', reason: '曾发生中毒' } };
    form.space.countText = '2个';
    expect(new DraftStore(storage, gradingFormDraftSpec, 'a').save(form).status).toBe('saved');
    const back = new DraftStore(storage, gradingFormDraftSpec, 'b').load();
    expect(back).toMatchObject({ status: 'loaded', data: form });
    expect(Number.isNaN(described(form).count)).toBe(true);
    expect(described(editRow(tank, 'r1')).count).toBe(2);
  });
  it('an empty form is not “input”; any typing is', () => {
    expect(hasInput(emptyGradingForm())).toBe(false);
    expect(
      hasInput({ ...emptyGradingForm(), space: { ...emptyGradingForm().space, location: '泵房' } }),
    ).toBe(true);
  });
  it('a damaged stored form is reported, not replaced', () => {
    const storage = memoryStorage();
    storage.setItem(gradingFormDraftSpec.key, '{"v":1,"data":{"space":1}}');
    expect(new DraftStore(storage, gradingFormDraftSpec).load().status).toBe('unreadable');
    expect(storage.getItem(gradingFormDraftSpec.key)).toBe('{"v":1,"data":{"space":1}}');
  });
});
