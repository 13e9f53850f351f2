import { describe, expect, it } from 'vitest';
import { TYPED, median, tasksBetweenMarks } from './bench-typing.mjs';

const mark = (name: string, ts: number, tid = 1) => ({
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  pid: 7,
  tid,
  ts,
});
const task = (ts: number, ms: number, tid = 1) => ({
  name: 'RunTask',
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur: ms * 1000,
});

describe('scripts/bench-typing.mjs', () => {
  it('takes the main-thread tasks between the two marks, on the marks’ thread, in wall-clock ms', () => {
    const events = [
      task(0, 300), // before typing (loading the draft): not counted
      mark('typing-start', 1_000),
      task(2_000, 12.5),
      task(50_000, 41),
      {
        name: 'EventDispatch',
        ph: 'X',
        pid: 7,
        tid: 1,
        ts: 51_000,
        dur: 30_000,
        args: { data: { type: 'input' } },
      },
      {
        name: 'EventDispatch',
        ph: 'X',
        pid: 7,
        tid: 1,
        ts: 2_500,
        dur: 1_000,
        args: { data: { type: 'keyup' } },
      },
      task(60_000, 90, 2), // another thread (the compositor): not counted
      { name: 'FunctionCall', ph: 'X', pid: 7, tid: 1, ts: 70_000, dur: 80_000 }, // not a task
      task(900_000, 20),
      mark('typing-end', 1_000_000),
      task(1_100_000, 200), // after: not counted
    ];
    expect(tasksBetweenMarks(events, 'typing-start', 'typing-end')).toEqual({
      all: [12.5, 41, 20],
      // The keystroke's own task: the one that dispatched its input event.
      keystrokes: [41],
    });
  });

  it('without both marks there is nothing to measure', () => {
    expect(tasksBetweenMarks([mark('typing-start', 0), task(10, 5)], 'typing-start', 'typing-end')).toEqual({
      all: [],
      keystrokes: [],
    });
  });

  it('median of the keystrokes; each typed character is one keydown (no Shift)', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(median([])).toBeUndefined();
    expect(TYPED).toHaveLength(20);
    expect(TYPED).toMatch(/^[a-z0-9 -]+$/);
  });
});
