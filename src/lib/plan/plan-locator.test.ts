import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFullText } from './fulltext';
import { loadPlanFromFiles } from './load-plan-node';
import { campaignItemLocator, planLocators, requirementLocator } from './plan-locator';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../../..'));

describe('Chinese locators for the plan (no slug where a person reads)', () => {
  it('a campaign item is the plan’s numbering and the item’s short name', () => {
    expect(requirementLocator(plan, 'gas-archives')).toBe('行动方案（一）1. 煤气设施技术档案');
    expect(requirementLocator(plan, 'molten-hook-inspection')).toBe('行动方案（一）2. 吊具定期探伤检测');
    expect(requirementLocator(plan, 'no-such-item')).toBeNull();
    expect(
      campaignItemLocator(
        { number: '（三）' },
        { heading: null },
        { number: '（2）', label: '动火作业审批' },
      ),
    ).toBe('行动方案（三）（2） 动火作业审批');
  });
  it('every anchor of the full text has a locator, none of them a latin slug', () => {
    const locators = planLocators(plan);
    for (const block of buildFullText(plan)) {
      expect(locators.get(block.id), block.id).toBeTruthy();
      for (const part of block.parts) if (part.id) expect(locators.get(part.id), part.id).toBeTruthy();
    }
    for (const text of locators.values()) expect(text).not.toMatch(/#|[a-z]{3,}-[a-z]/);
  });
  it('outside the campaigns the top-level number tells 三（一） from 二（一）', () => {
    const phase = plan.phases[0]!;
    expect(planLocators(plan).get(phase.paragraphs[0]!.id)).toBe(`行动方案三${phase.number}${phase.title}`);
  });
});
