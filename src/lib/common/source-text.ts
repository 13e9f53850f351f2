/**
 * The body paragraphs of the plan as transcribed in content/source/plan.md: from the notice header
 * to the annex list, without the transcription's own headings marks, rules and `> reading:` notes.
 */
export function sourceParagraphs(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === '晋城市应急管理局文件');
  const end = lines.findIndex((l) => l.startsWith('## 附件'));
  if (start < 0 || end < 0) throw new Error('plan.md 的结构已变化：找不到正文的开头或附件部分');
  return lines
    .slice(start, end)
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '---' && !l.startsWith('>'))
    .map((l) => l.replace(/^#+\s*/, ''));
}

/** Whitespace is the only thing the comparison forgives (the PDF broke lines and spaced some labels). */
export const normaliseWhitespace = (s: string) => s.replace(/\s+/g, '');
