/** Header text as compared: NFKC (full-width brackets, digits, colons → ASCII), no whitespace, one kind of middle dot. */
export function normHeader(value: unknown): string {
  if (value === null || value === undefined || value instanceof Date) return '';
  return String(value)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[・•‧∙⋅]/g, '·');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
