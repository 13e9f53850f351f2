/**
 * What the plan states about time, and nothing more: windows with the dates the plan gives, stage
 * deadlines that are not stage ends, and the day after which every stated window has passed.
 */
import type { Campaign, Phase } from '../../schemas';
import type { StatedWindow } from './deadlines';
import type { PlanData } from './plan';

/** A stage's window; with no stated window, the latest date its tasks are due by (6月20日前). */
export function phaseWindow(phase: Phase): StatedWindow {
  const { start, end } = phase.window;
  if (start !== null || end !== null) return { start, end };
  const dues = phase.tasks.map((t) => t.due).filter((d): d is string => d !== null);
  return { start, end, deadline: dues.length ? dues.sort().at(-1)! : null };
}

/** The last date the plan states for any campaign window or stage deadline (2026-11-30). */
export function lastStatedDate(plan: Pick<PlanData, 'campaigns' | 'phases'>): string {
  const dates = [
    ...plan.campaigns.map((c) => c.window.end),
    ...plan.phases.map((p) => p.window.end),
    ...plan.phases.flatMap((p) => p.tasks.map((t) => t.due)),
  ].filter((d): d is string => d !== null);
  return dates.sort().at(-1)!;
}

/** Campaigns and stages for which the plan states no end and no deadline, in the plan's order. */
export function withoutStatedEnd(plan: Pick<PlanData, 'campaigns' | 'phases'>): (Campaign | Phase)[] {
  return [
    ...plan.campaigns.filter((c) => c.window.end === null),
    ...plan.phases.filter((p) => {
      const w = phaseWindow(p);
      return w.end === null && !w.deadline;
    }),
  ];
}

/** True once every window and deadline the plan states has passed (the day after the last one). */
export function allStatedPassed(plan: Pick<PlanData, 'campaigns' | 'phases'>, today: string): boolean {
  return today > lastStatedDate(plan);
}
