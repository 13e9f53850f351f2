import { useRef, useState } from 'preact/hooks';
import { type LongTaskOptions, type LongTaskOutcome, runLongTask } from '../../lib/browser/long-task';

/**
 * Runs one long task at a time for an island: `busy` holds the "正在…" text while it runs and is
 * always cleared when it ends; the outcome carries the value or the message to show (runLongTask).
 * A second start while one runs is refused (undefined), so a double tap does not build twice.
 */
export function useLongTask() {
  const [busy, setBusy] = useState('');
  const running = useRef(false);
  const run = async <T>(
    busyText: string,
    task: () => Promise<T>,
    options: LongTaskOptions,
  ): Promise<LongTaskOutcome<T> | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(busyText);
    try {
      return await runLongTask(task, options);
    } finally {
      running.current = false;
      setBusy('');
    }
  };
  return { busy, run };
}
