import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ChecklistSource } from '../../lib/self-check/data';
import { fetchChecklistSource } from '../../lib/self-check/fetch-data';

/**
 * Draws `children` with the checklist data once it has been read from the site (/self-check/checklist.json);
 * meanwhile the page's loading line (`loading`, the same line the island shows while it reads storage, so
 * nothing moves), or what went wrong.
 */
export function WithChecklist({
  loading,
  children,
}: {
  loading: ComponentChildren;
  children: (data: ChecklistSource) => ComponentChildren;
}) {
  const [data, setData] = useState<ChecklistSource | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let live = true;
    fetchChecklistSource().then(
      (d) => live && setData(d),
      (e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (problem)
    return (
      <p class="notice" role="alert">
        {problem}
      </p>
    );
  return <>{data ? children(data) : loading}</>;
}
