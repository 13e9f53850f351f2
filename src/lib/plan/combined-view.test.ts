import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allImplied, countLine, effectiveSelection, kindsByRequirement, shownFor } from './combined-view';
import { loadPlanFromFiles } from './load-plan-node';
import { requirementsFor } from './plan';
import type { SectorId } from '../../schemas';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../../..'));
const kinds = kindsByRequirement(plan);
const shownIds = (selected: SectorId[]) => {
  const eff = effectiveSelection(plan, selected);
  return [...kinds].filter(([, k]) => shownFor(k.join(' '), eff)).map(([id]) => id);
};
const union = (selected: SectorId[]) =>
  new Set(
    selected.flatMap((s) => requirementsFor(plan, [s]).flatMap((c) => c.requirements.map((r) => r.id))),
  );

describe('the combined view shows the union of the selected kinds’ sector pages', () => {
  const selections: SectorId[][] = [
    ['metal-smelting'],
    ['metal-smelting', 'cold-storage'],
    ['dust-explosion', 'non-coal-mine'],
    ['confined-space', 'natural-gas', 'all'],
    ['all'],
    ['non-coal-mine'],
    [],
  ];
  for (const selected of selections) {
    it(`[${selected.join(', ')}]`, () => {
      const shown = shownIds(selected);
      expect(new Set(shown)).toEqual(union(selected));
      expect(new Set(shown).size).toBe(shown.length);
    });
  }

  it('every requirement item is reachable from some kind', () => {
    const all = plan.campaigns.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => i.id)));
    expect([...kinds.keys()].sort()).toEqual([...all].sort());
  });
});

describe('所有冶金工贸企业', () => {
  it('is implied by any other 冶金工贸 kind, not by 非煤矿山 alone', () => {
    expect(allImplied(plan, ['cold-storage'])).toBe(true);
    expect(allImplied(plan, ['non-coal-mine'])).toBe(false);
    expect(allImplied(plan, ['all'])).toBe(false);
    expect(effectiveSelection(plan, ['cold-storage'])).toEqual(['cold-storage', 'all']);
    expect(effectiveSelection(plan, ['non-coal-mine'])).toEqual(['non-coal-mine']);
  });
});

describe('the count line', () => {
  it('says what a selection gives, or that nothing is selected', () => {
    expect(countLine(0, 0, 0, 0)).toContain('还没有选择');
    expect(countLine(2, 31, 3, 9)).toBe(
      '已选 2 类：31 条要求，来自 3 项整治行动；另有各阶段任务和 9 项报送事项。',
    );
  });
});
