import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFromFiles } from './load-plan-node';
import {
  citationsFor,
  expandSelection,
  parseSelection,
  reportingFor,
  requirementsFor,
  selectionToQuery,
} from './plan';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../..'));
const known = plan.sectors.map((s) => s.id);
const ids = (sel: Parameters<typeof requirementsFor>[1]) =>
  requirementsFor(plan, sel).flatMap((c) => c.requirements.map((r) => r.id));
const campaigns = (sel: Parameters<typeof requirementsFor>[1]) =>
  requirementsFor(plan, sel).map((c) => c.campaign.id);

describe('what applies to a kind of enterprise', () => {
  it('a 冶金工贸 kind brings in what applies to all 冶金工贸企业', () => {
    expect([...expandSelection(plan, ['cold-storage'])].sort()).toEqual(['all', 'cold-storage']);
    expect([...expandSelection(plan, ['non-coal-mine'])]).toEqual(['non-coal-mine']);
  });

  it('金属冶炼企业: campaign 1 and campaign 4, gas and molten metal items', () => {
    expect(campaigns(['metal-smelting'])).toEqual(['metal-smelting', 'hot-work-insulation']);
    const list = ids(['metal-smelting']);
    expect(list).toContain('gas-alarm');
    expect(list).toContain('molten-crane');
    expect(list).toContain('hot-work-site-controls');
    expect(list).not.toContain('cold-storage-responsibility');
    expect(list).not.toContain('dust-wet-collector');
  });

  it('涉及天然气的工贸企业 get the 煤气（天然气） items but not molten metal', () => {
    const list = ids(['natural-gas']);
    expect(list).toContain('gas-live-work');
    expect(list.some((id) => id.startsWith('molten-'))).toBe(false);
  });

  it('非煤矿山企业 get campaign 4 except the cold-store items', () => {
    expect(campaigns(['non-coal-mine'])).toEqual(['hot-work-insulation']);
    expect(ids(['non-coal-mine'])).toContain('insulation-gb55022');
    expect(ids(['non-coal-mine']).some((id) => id.startsWith('cold-storage-'))).toBe(false);
  });

  it('combining kinds gives the union, each item once, in the plan order', () => {
    const combined = ids(['metal-smelting', 'confined-space', 'cold-storage']);
    expect(new Set(combined).size).toBe(combined.length);
    const union = new Set([...ids(['metal-smelting']), ...ids(['confined-space']), ...ids(['cold-storage'])]);
    expect(new Set(combined)).toEqual(union);
    expect(campaigns(['cold-storage', 'metal-smelting', 'confined-space'])).toEqual([
      'metal-smelting',
      'confined-space',
      'hot-work-insulation',
    ]);
    expect(ids([])).toEqual([]);
  });

  it('lists each cited standard once', () => {
    const reqs = requirementsFor(plan, ['metal-smelting', 'all']).flatMap((c) => c.requirements);
    const cited = citationsFor(plan, reqs).map((c) => c.id);
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited).toEqual(
      expect.arrayContaining(['gb-9448', 'gb-t-40248', 'gb-55022', 'metallurgical-crane']),
    );
  });

  it('reporting by role follows the plan', () => {
    expect(reportingFor(plan, 'county').map((r) => r.id)).toEqual(
      expect.arrayContaining(['annex4-once', 'annex5-monthly', 'confined-space-summary', 'annex1-monthly']),
    );
    expect(reportingFor(plan, 'enterprise').map((r) => r.id)).not.toContain('annex4-once');
    expect(reportingFor(plan, 'enterprise').map((r) => r.id)).toContain('self-check-report');
  });
});

describe('a selection in a link', () => {
  it('reads known kinds in plan order and drops unknown ones', () => {
    expect(parseSelection('?kinds=cold-storage,metal-smelting,bogus', known)).toEqual([
      'metal-smelting',
      'cold-storage',
    ]);
    expect(parseSelection('', known)).toEqual([]);
  });
  it('round-trips', () => {
    const q = selectionToQuery(['cold-storage', 'metal-smelting'], known);
    expect(q).toBe('?kinds=metal-smelting,cold-storage');
    expect(parseSelection(q, known)).toEqual(['metal-smelting', 'cold-storage']);
    expect(selectionToQuery([], known)).toBe('');
  });
});
