import { describe, expect, it } from 'vitest';
import { blockingFromTrace, layoutShiftFromTrace } from './bench-load.mjs';

const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (ts: number, cpuMs: number, wallMs = cpuMs, tid = 1) => ({
  name: 'RunTask',
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});

describe('scripts/bench-load.mjs blockingFromTrace', () => {
  it('counts main-thread tasks after FCP by CPU time × 4, the part over 50 ms', () => {
    const events = [
      meta(7, 1, 'CrRendererMain'),
      meta(7, 2, 'Compositor'),
      task(0, 100), // before FCP: not counted
      { name: 'firstContentfulPaint', ph: 'R', pid: 7, tid: 1, ts: 1_000 },
      task(2_000, 30, 90), // 120 ms on a slow phone → 70 ms blocking; wall time (90) is not used
      task(200_000, 10), // 40 ms → not blocking
      task(300_000, 20), // 80 ms → 30 ms blocking
      task(400_000, 500, 500, 2), // another thread: not counted
      meta(9, 1, 'CrRendererMain'),
      { ...task(500_000, 400), pid: 9 }, // another renderer (an earlier page): not counted
    ];
    const result = blockingFromTrace(events);
    expect(result.tasks).toEqual([120, 40, 80]);
    expect(result.tbt).toBe(100);
    expect(result.longest).toBe(120);
  });

  it('without an FCP event counts every main-thread task', () => {
    const result = blockingFromTrace([meta(7, 1, 'CrRendererMain'), task(0, 25), task(10, 5)], 4);
    expect(result).toEqual({ tasks: [100, 20], tbt: 50, longest: 100 });
  });
});

describe('scripts/bench-load.mjs layoutShiftFromTrace', () => {
  const shift = (ms: number, score: number, input = false) => ({
    name: 'LayoutShift',
    ph: 'I',
    ts: ms * 1000,
    args: { data: { weighted_score_delta: score, had_recent_input: input } },
  });
  it('is the largest session window of shifts not caused by input', () => {
    expect(layoutShiftFromTrace([])).toBe(0);
    // 0.1 + 0.05 within a second of each other; 0.3 after input is not counted; 0.12 alone 2 s later.
    expect(
      layoutShiftFromTrace([shift(100, 0.1), shift(600, 0.05), shift(900, 0.3, true), shift(3_000, 0.12)]),
    ).toBeCloseTo(0.15);
    // Shifts every 0.9 s never close the window, but a window lasts at most 5 s.
    const steady = Array.from({ length: 10 }, (_, i) => shift(i * 900, 0.01));
    expect(layoutShiftFromTrace(steady)).toBeCloseTo(0.06);
  });
});
