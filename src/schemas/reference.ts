import { z } from './zod';
import { isoDate, planText, slug } from './common';

/**
 * When a document took effect, as the transcription states it: `basis` is verbatim from its file (the
 * 公布令 or 施行 sentence, or the transcriber's note when the text itself is not held), `basisFrom` says
 * where in the file it is (our words). `date` is null when the file states none (矿安〔2024〕41号).
 */
export const inForceSchema = z
  .strictObject({
    date: isoDate.nullable(),
    /** What the file says instead of a 施行 date, e.g. 2024年4月23日印发 (our summary of its note). */
    issued: planText.optional(),
    basis: planText,
    basisFrom: planText,
  })
  .refine((f) => f.date !== null || f.issued !== undefined, {
    message: '没有施行日期时要写 issued（文件写明的印发日期等）',
    path: ['issued'],
  });
export type InForce = z.infer<typeof inForceSchema>;

/**
 * A law or standard the site quotes (参考文本): its transcription in content/source/reference/ and the
 * transcriber's `source:` lines and notes, kept verbatim so every page can say where a quote comes from.
 */
export const referenceDocumentSchema = z.strictObject({
  id: slug,
  /** Title without 《》, e.g. 工贸企业重大事故隐患判定标准. */
  title: planText,
  /** How it was issued, e.g. 中华人民共和国应急管理部令第10号 or GB 46768-2025. */
  issuedAs: planText,
  /** What pages call it, e.g. 第10号令. */
  shortName: planText,
  /**
   * Who issued it, with the words of the transcription that name it (checked); null when the transcription
   * does not name the issuer (the standard's cover and foreword were not obtained): pages say so.
   */
  issuer: z.strictObject({ name: planText, basis: planText }).nullable(),
  /** Parts the transcription lacks (our words, from its notes); the site never fills them in. */
  missing: z.array(planText),
  /** File names under content/source/reference/, first the one quotes are checked against. */
  files: z
    .array(z.string().regex(/^[0-9a-z-]+\.md$/, '应为 content/source/reference/ 下的 .md 文件名'))
    .min(1, '至少要有一个参考文件'),
  /** The file's `source:` (and `official URL`) lines, verbatim. */
  sources: z.array(planText).min(1, '缺少来源（source: 行）'),
  /** The file's 状态说明, verbatim. */
  notes: z.array(planText).default([]),
  /** Its 施行 date and the words that give it. */
  inForce: inForceSchema,
  /** A sentence of the document that bounds its own reach (第10号令第二条), verbatim, checked. */
  scope: z.strictObject({ clause: z.string(), quote: planText }).optional(),
});
export type ReferenceDocument = z.infer<typeof referenceDocumentSchema>;

/**
 * A verbatim quote that grounds a rule: from a reference document (article or clause as printed, e.g.
 * 第七条第二款, 5.9.1 a)) or from the plan (a requirement item id). Tests check each quote against its text.
 */
export const referenceQuoteSchema = z.union(
  [
    z.strictObject({
      document: slug,
      /** 第七条第二款 / 第四条（六） / 5.9.1 a): the article or clause number comes first. */
      clause: z
        .string()
        .regex(/^(第[一二三四五六七八九十百]+条|\d+(\.\d+)+)/, '条款应以“第七条”或“5.9.1”开头'),
      quote: planText,
    }),
    z.strictObject({
      document: z.literal('plan'),
      /** A requirement item of content/plan/campaigns.yaml. */
      item: slug,
      quote: planText,
    }),
  ],
  { error: '出处应写 document + clause + quote（参考文本）或 document: plan + item + quote（行动方案）' },
);
export type ReferenceQuote = z.infer<typeof referenceQuoteSchema>;
