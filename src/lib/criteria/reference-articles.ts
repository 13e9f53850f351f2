import { referenceBody } from './reference-text';

/**
 * A reference transcription (content/source/reference/*.md) as the list of its articles (第七条) or clauses
 * (5.9.1), verbatim, for the pages that show a whole document. A paragraph the transcriber marks as not
 * obtained (〔原文未取得〕) is kept as such, never shown as the law.
 */
export interface ReferenceArticle {
  /** 第七条 / 5.9.1 */
  number: string;
  /** Anchor on its page: mem13-7, gb46768-5-9-1. */
  id: string;
  /** Chapter heading the clause is under (GB: 第5章), or null. */
  chapter: string | null;
  /** Its paragraphs without the leading number; `missing` for 〔原文未取得〕 lines (their words as written). */
  paragraphs: { text: string; missing: boolean }[];
}

const articleHead = /^(第[一二三四五六七八九十百]+条) (.*)$/;
const clauseHead = /^(\d+(?:\.\d+)+) (.*)$/;
const cnNumbers = '一二三四五六七八九十';

/** 第二十一条 → 21 (up to 第九十九条). */
export function articleNumber(number: string): number {
  const core = number.replace(/^第|条$/g, '');
  const [tens, ones] = core.includes('十') ? core.split('十') : ['', core];
  const t = core.includes('十') ? (tens ? cnNumbers.indexOf(tens) + 1 : 1) : 0;
  const o = ones ? cnNumbers.indexOf(ones) + 1 : 0;
  return t * 10 + o;
}

const notObtained = /〔[^〕]*原文未取得[^〕]*〕/;

/** Every article (第…条) or standard clause (4.1.1) of a transcription, in order; `prefix` makes the anchors. */
export function referenceArticles(markdown: string, prefix: string): ReferenceArticle[] {
  const out: ReferenceArticle[] = [];
  let chapter: string | null = null;
  let current: ReferenceArticle | null = null;
  for (const raw of referenceBody(markdown).split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line === '---' || line.startsWith('`')) continue;
    if (line.startsWith('#')) {
      chapter = line.replace(/^#+\s*/, '');
      current = null;
      continue;
    }
    const head = line.match(articleHead) ?? line.match(clauseHead);
    if (head) {
      const number = head[1]!;
      const id = number.startsWith('第')
        ? `${prefix}-${articleNumber(number)}`
        : `${prefix}-${number.replace(/\./g, '-')}`;
      current = { number, id, chapter, paragraphs: [] };
      out.push(current);
      const text = head[2]!.trim();
      if (text) current.paragraphs.push({ text, missing: notObtained.test(text) });
      continue;
    }
    // Lines before the first article (the 公布语, the title) belong to no article.
    if (current) current.paragraphs.push({ text: line, missing: notObtained.test(line) });
  }
  return out;
}
