import { z } from './zod';
import { planText, slug } from './common';

/**
 * The pre-entry gas check (作业前检测) as GB 46768-2025 5.9.1 states it. Numbers and wording come from
 * the clause (tests check that each quote is in the clause and each limit is in its quote).
 */
const clauseQuote = {
  /** e.g. 5.9.1 a) */
  clause: z.string().regex(/^\d+(\.\d+)+/, '条款应以“5.9.1”的形式开头'),
  quote: planText,
};

export const gasCheckSpecSchema = z
  .strictObject({
    id: slug,
    document: slug,
    ...clauseQuote,
    oxygen: z.strictObject({
      ...clauseQuote,
      label: planText,
      min: z.number(),
      max: z.number(),
      unit: planText,
      /** true: the limits themselves pass. */
      inclusive: z.boolean(),
      /** How the site reads the boundary (本站理解), when the clause does not spell it out. */
      boundaryReading: planText.nullable(),
    }),
    flammable: z.strictObject({
      ...clauseQuote,
      label: planText,
      max: z.number(),
      unit: planText,
      inclusive: z.boolean(),
      boundaryReading: planText.nullable(),
    }),
    toxic: z.strictObject({
      ...clauseQuote,
      inclusive: z.boolean(),
      /**
       * The kinds of limit the clause names, in its words, with the order it gives them; a kind marked
       * `onlyWhenNoOther` may be used only when the standard gives none of the others (5.9.1 c) PC-TWA).
       */
      limitKinds: z
        .array(z.strictObject({ id: slug, label: planText, onlyWhenNoOther: z.boolean().default(false) }))
        .min(1),
      /** Why the site asks for the limit: the references hold no GBZ 2.1 value. */
      limitNote: planText,
    }),
    /** 5.8.2: gases that must at least be measured. */
    required: z.strictObject({
      ...clauseQuote,
      toxicGases: z
        .array(z.strictObject({ name: planText, aliases: z.array(z.string().min(1)).default([]) }))
        .min(1),
    }),
    /** 5.9.2: what follows a failed check. */
    failure: z.strictObject(clauseQuote),
    /** What else the standard requires before entry (5.9.1 is one condition only), each quoted. */
    entry: z.array(z.strictObject({ label: planText, ...clauseQuote })).min(1),
    /** 5.8.6: where to measure and how many points (each number is in its quote). */
    points: z.strictObject({
      ...clauseQuote,
      vertical: z.strictObject({ quote: planText, min: z.number().int().min(1) }),
      verticalShort: z.strictObject({ quote: planText, min: z.number().int().min(1) }),
      horizontal: z.strictObject({ quote: planText, min: z.number().int().min(1) }),
      /** What to type when several points were measured (our words, from 5.8.6's many points). */
      worst: planText,
      /** How the site reads 最不利 for each gas (本站理解). */
      worstReading: planText,
    }),
    /** 5.8.7: what the written record holds and who signs it. */
    record: z.strictObject(clauseQuote),
  })
  .refine((s) => s.oxygen.min < s.oxygen.max, { message: '氧含量下限应小于上限', path: ['oxygen', 'min'] });
export type GasCheckSpec = z.infer<typeof gasCheckSpecSchema>;
