import type { ComponentChildren } from 'preact';

/**
 * A labelled one-line input (有限空间 forms): the label around the input, so tapping the words focuses it;
 * `onValue` gets the text as typed. Its look is kit.css's one field style.
 */
export function TextField({
  label,
  value,
  onValue,
  id,
  type,
  inputMode,
  placeholder,
  class: className,
}: {
  label: ComponentChildren;
  value: string;
  onValue: (value: string) => void;
  id?: string;
  type?: 'datetime-local';
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string;
  class?: string;
}) {
  return (
    <label class={className}>
      {label}
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </label>
  );
}
