import { useEffect, useState } from 'preact/hooks';

/**
 * False during hydration (the island's first render in the browser), true from the next task on:
 * Preact runs effects after the browser has painted. Lets an island hydrate a light shell first and
 * draw its heavy parts in a later, separate task (see ServerHtml).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
