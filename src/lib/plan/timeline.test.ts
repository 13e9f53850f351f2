import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusLabel, windowStatus } from './deadlines';
import { loadPlanFromFiles } from './load-plan-node';
import { allStatedPassed, lastStatedDate, phaseWindow, withoutStatedEnd } from './timeline';

const plan = loadPlanFromFiles(path.resolve(__dirname, '../../..'));
const phase = (id: string) => plan.phases.find((p) => p.id === id)!;
const campaign = (id: string) => plan.campaigns.find((c) => c.id === id)!;

describe('dates the plan gives, and only those', () => {
  it('（二）粉尘涉爆 has no window: no start is invented', () => {
    expect(campaign('dust-explosion').window).toEqual({ start: null, end: null });
    expect(statusLabel(windowStatus(campaign('dust-explosion').window, '2025-08-01'))).toBe('未规定起止');
  });

  it('6月20日 is the deadline of the self-check report and the training, not the end of a stage', () => {
    for (const id of ['self-check', 'training']) {
      expect(phase(id).window.end).toBeNull();
      expect(phaseWindow(phase(id)).deadline).toBe('2025-06-20');
      expect(windowStatus(phaseWindow(phase(id)), '2025-06-21')).toBe('deadline-passed');
      expect(windowStatus(phaseWindow(phase(id)), '2026-12-01')).not.toBe('ended');
    }
  });

  it('督导检查 starts on 6月20日 and has no end; 整改提升 has no dates', () => {
    expect(windowStatus(phaseWindow(phase('inspection')), '2025-06-19')).toBe('not-started');
    expect(windowStatus(phaseWindow(phase('inspection')), '2026-12-01')).toBe('open-ended');
    expect(windowStatus(phaseWindow(phase('improvement')), '2026-12-01')).toBe('unstated');
  });

  it('the last stated window closes on 2026-11-30; from 2026-12-01 every stated window has passed', () => {
    expect(lastStatedDate(plan)).toBe('2026-11-30');
    expect(allStatedPassed(plan, '2026-11-30')).toBe(false);
    expect(allStatedPassed(plan, '2026-12-01')).toBe(true);
  });

  it('names what has no stated end: （二） and the last two stages', () => {
    expect(withoutStatedEnd(plan).map((x) => x.id)).toEqual(['dust-explosion', 'inspection', 'improvement']);
  });
});
