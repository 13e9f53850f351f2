import { useEffect, useRef } from 'preact/hooks';

export interface ErrorSummaryProps {
  /** Unique on the page (the form's summary and a failed import's can show at once); the heading is `${id}-title`. */
  id: string;
  title: string;
  errors: { message: string; target?: string }[];
  /** Brings an input that is not on screen (another page of a long table) into the form. */
  reveal?: (target: string) => void;
  /** Move focus here (after a failed export or import), as the GOV.UK pattern does. */
  focusKey?: number;
}

/** GOV.UK-style error summary: every problem, each a link to its input. */
export function ErrorSummary({ id, title, errors, focusKey, reveal }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  const focus = (target: string) => {
    const el = document.getElementById(target);
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    (el as HTMLInputElement).focus();
    return true;
  };
  const go = (e: MouseEvent, target: string) => {
    e.preventDefault();
    if (focus(target) || !reveal) return;
    reveal(target);
    // The page of rows changes on the next render; focus once it is there.
    setTimeout(() => focus(target), 0);
  };
  return (
    <div class="error-summary" id={id} role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {errors.slice(0, 50).map((e, i) => (
          <li key={`${e.target}-${i}`}>
            {e.target ? (
              <a href={`#${e.target}`} onClick={(ev) => go(ev as unknown as MouseEvent, e.target!)}>
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
        {errors.length > 50 && <li>……还有 {errors.length - 50} 个问题</li>}
      </ul>
    </div>
  );
}

/** The message above an input, linked to it by aria-describedby (`${id}-error`). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  );
}
