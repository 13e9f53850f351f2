/** A hint next to an input (not an error): linked to it by aria-describedby (`${id}-hint`). */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p class="field-hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
}
