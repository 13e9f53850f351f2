/**
 * Reading the verbatim reference transcriptions (content/source/reference/*.md) to check quotes:
 * the body after the transcriber's header, and one article (第七条) or clause (5.9.1) of it.
 * Whitespace is the only thing a comparison forgives.
 */

export { normaliseWhitespace } from '../common/source-text';

/** The text after the transcriber's header (source lines and 状态说明 end at the first line "---"). */
export function referenceBody(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.indexOf('---');
  if (start < 0) throw new Error('参考文件的结构已变化：找不到来源说明后的分隔线“---”');
  return lines.slice(start + 1).join('\n');
}

const articleHead = /^第[一二三四五六七八九十百]+条 /;
const gbHead = /^\d+(\.\d+)+ /;

const cnDigits = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * One article (第七条) or standard clause (5.9.1) of a transcription, or a part of it: 第七条第二款 (its
 * second paragraph), 第四条（六） (its item （六）), 5.9.1 a) (its item a), up to b)). undefined when the
 * transcription does not have it.
 */
export function clauseText(markdown: string, clause: string): string | undefined {
  const whole = wholeClause(markdown, clause);
  if (whole === undefined) return undefined;
  const paragraph = clause.match(/第([一二三四五六七八九十])款$/);
  if (paragraph) return whole.split('\n')[cnDigits.indexOf(paragraph[1]!)];
  const item = clause.match(/（[一二三四五六七八九十]+）$/);
  if (item) return whole.split('\n').find((l) => l.startsWith(item[0]));
  const letter = clause.match(/ ([a-z])\)$/);
  if (letter) {
    const start = whole.indexOf(`${letter[1]}) `);
    if (start < 0) return undefined;
    const next = String.fromCharCode(letter[1]!.charCodeAt(0) + 1);
    const end = whole.indexOf(`${next}) `, start);
    return whole.slice(start, end < 0 ? undefined : end);
  }
  return whole;
}

/**
 * A whole article or clause: its line and the lines that continue it (paragraphs, items) up to the next
 * article or clause, without the transcriber's record lines.
 */
function wholeClause(markdown: string, clause: string): string | undefined {
  const key = clause.match(/^第[一二三四五六七八九十百]+条|^\d+(\.\d+)+/)?.[0];
  if (!key) return undefined;
  const head = key.startsWith('第') ? articleHead : gbHead;
  const lines = referenceBody(markdown).split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`${key} `));
  if (start < 0) return undefined;
  const out = [lines[start]!];
  for (const line of lines.slice(start + 1)) {
    if (head.test(line) || line.startsWith('#') || line.trim() === '---') break;
    // 07-… follows each clause with a line naming the record it came from (`C_46768_….json · …`).
    if (!line.startsWith('`')) out.push(line);
  }
  return out.join('\n').trim();
}

/** Whether `quote` is, whitespace aside, part of the given article or clause of a transcription. */
export function quoteInClause(markdown: string, clause: string, quote: string): boolean {
  const text = clauseText(markdown, clause);
  return text !== undefined && normalise(text).includes(normalise(quote));
}
const normalise = (s: string) => s.replace(/\s+/g, '');
