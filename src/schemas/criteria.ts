import { z } from './zod';
import { planText, slug } from './common';

/**
 * 重大事故隐患判定标准 as data. Every text field is quoted verbatim from the transcription named in
 * content/references/documents.yaml (src/lib/criteria/criteria.test.ts checks each against it).
 */

/** A numbered 情形 of an article, e.g. 第四条（六）. */
export const mem10ItemSchema = z.strictObject({
  id: slug,
  /** As printed: （一）… */
  number: z.string().regex(/^（[一二三四五六七八九十]+）$/, '序号应写作“（一）”的形式'),
  text: planText,
});

/**
 * One article of 《工贸企业重大事故隐患判定标准》(应急管理部令第10号). Exactly one of:
 * `leadIn` + `items` (第三条–第十三条), `text` (第十四条: one paragraph, checked as one item), or
 * `missing` (the transcription lacks the article: its own note, verbatim).
 */
export const mem10ArticleSchema = z
  .strictObject({
    id: slug,
    /** As printed: 第四条. */
    number: z.string().regex(/^第[一二三四五六七八九十]+条$/, '条号应写作“第四条”的形式'),
    /** Whom the article binds, in its own words (the start of leadIn), e.g. 冶金企业. */
    appliesTo: planText.optional(),
    leadIn: planText.optional(),
    items: z.array(mem10ItemSchema).optional(),
    text: planText.optional(),
    missing: planText.optional(),
  })
  .superRefine((a, ctx) => {
    const shapes = [a.items !== undefined, a.text !== undefined, a.missing !== undefined].filter(Boolean);
    if (shapes.length !== 1)
      ctx.addIssue({ code: 'custom', message: 'items、text、missing 三者必须恰好有一个', path: [] });
    if (a.items !== undefined) {
      if (a.items.length === 0) ctx.addIssue({ code: 'custom', message: '至少要有一项', path: ['items'] });
      if (!a.leadIn) ctx.addIssue({ code: 'custom', message: '有 items 时必须有 leadIn', path: ['leadIn'] });
      if (!a.appliesTo)
        ctx.addIssue({ code: 'custom', message: '有 items 时必须有 appliesTo', path: ['appliesTo'] });
    }
    if (a.appliesTo && a.leadIn && !a.leadIn.startsWith(a.appliesTo))
      ctx.addIssue({ code: 'custom', message: 'appliesTo 应是 leadIn 的开头', path: ['appliesTo'] });
  });
export type Mem10Article = z.infer<typeof mem10ArticleSchema>;

export const mineDocumentId = z.enum(['kaq-2022-88', 'kaq-2024-41'], {
  error: 'document 只能是 kaq-2022-88（主文）或 kaq-2024-41（补充情形）',
});
export type MineDocumentId = z.infer<typeof mineDocumentId>;

/** One 一级项 of the mine criteria, with its numbered 情形 when it has them. */
export const mineItemSchema = z.strictObject({
  id: slug,
  /** Which notice it comes from: the 2022 standard or the 2024 supplement. */
  document: mineDocumentId,
  /** As printed in that document (the supplement restarts at （一）). */
  number: z.string().regex(/^（[一二三四五六七八九十]+）$/, '序号应写作“（一）”的形式'),
  text: planText,
  subItems: z
    .array(z.strictObject({ number: z.string().regex(/^\d+\.$/, '序号应写作“1.”的形式'), text: planText }))
    .optional(),
});
export type MineItem = z.infer<typeof mineItemSchema>;

export const mineSectionIds = ['mine-underground', 'mine-open-pit', 'mine-tailings'] as const;

/** 一、地下矿山 / 二、露天矿山 / 三、尾矿库, with the 2024 supplement's items merged in after the 2022 ones. */
export const mineSectionSchema = z.strictObject({
  id: z.enum(mineSectionIds, { error: `部分只能是 ${mineSectionIds.join('、')} 之一` }),
  number: z.enum(['一、', '二、', '三、']),
  title: planText,
  items: z.array(mineItemSchema).min(1),
});
export type MineSection = z.infer<typeof mineSectionSchema>;
