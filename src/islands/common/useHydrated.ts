import { useEffect, useState } from 'preact/hooks';

/**
 * False during hydration (the island's first render in the browser) and during the first effects
 * (restoring a draft, reading the screen size); true from a later task on. Preact runs effects after the
 * browser has painted, and the switch waits one more task, so an island can hydrate a light shell,
 * restore its state, and only then draw its heavy parts — three short tasks instead of one long one
 * (see ServerHtml).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setHydrated(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return hydrated;
}
