import type { ComponentChildren, JSX } from 'preact';

type DivProps = Omit<JSX.HTMLAttributes<HTMLDivElement>, 'children' | 'dangerouslySetInnerHTML'>;

/**
 * A `<div>` that, while `keep` is true, leaves alone the HTML the server rendered into it: hydration
 * neither walks nor replaces it (Preact skips `dangerouslySetInnerHTML` while hydrating). Once `keep`
 * is false the div shows `children`, drawn fresh. On the server it always renders `children`.
 *
 * Used to split an island's hydration into short tasks: the heavy parts (a form's rows, the print
 * table) are drawn in later tasks instead of inside the one long hydration task.
 */
export function ServerHtml({
  keep,
  children,
  ...props
}: DivProps & { keep: boolean; children: ComponentChildren }) {
  if (keep && typeof window !== 'undefined')
    return <div {...props} dangerouslySetInnerHTML={{ __html: '' }} />;
  return <div {...props}>{children}</div>;
}
