/**
 * The island twin of components/Tag.astro: marks words that are not the plan's — 摘要 (our summary of plan
 * text) or 本站理解 (our reading of what the plan does not say) — with the same classes and title. `kind`
 * may be given as the mark itself (摘要 / 本站理解), as the training decks carry it.
 */
export function Tag({
  kind = 'summary',
  title,
}: {
  kind?: 'summary' | 'reading' | '摘要' | '本站理解';
  title?: string;
}) {
  const summary = kind === 'summary' || kind === '摘要';
  return summary ? (
    <span class="summary-tag tag-summary" title={title ?? '本站写的摘要，不是方案原文'}>
      摘要
    </span>
  ) : (
    <span class="summary-tag tag-reading" title={title ?? '方案没有写明，这是本站的理解，不是方案原文'}>
      本站理解
    </span>
  );
}

/** A paragraph of our reading (本站理解), e.g. a question's help text. */
export function ReadingNote({
  class: className,
  children,
}: {
  class: string;
  children: preact.ComponentChildren;
}) {
  return (
    <p class={className}>
      <Tag kind="reading" />
      {children}
    </p>
  );
}
