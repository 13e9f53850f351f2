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
  .object({
    id: slug,
    document: slug,
    ...clauseQuote,
    oxygen: z
      .object({
        ...clauseQuote,
        label: planText,
        min: z.number(),
        max: z.number(),
        unit: planText,
        /** true: the limits themselves pass. */
        inclusive: z.boolean(),
        /** How the site reads the boundary (本站理解), when the clause does not spell it out. */
        boundaryReading: planText.nullable(),
      })
      .strict(),
    flammable: z
      .object({
        ...clauseQuote,
        label: planText,
        max: z.number(),
        unit: planText,
        inclusive: z.boolean(),
        boundaryReading: planText.nullable(),
      })
      .strict(),
    toxic: z
      .object({
        ...clauseQuote,
        inclusive: z.boolean(),
        /** The kinds of limit the clause names, in its words, with the order it gives them. */
        limitKinds: z.array(z.object({ id: slug, label: planText }).strict()).min(1),
        /** Why the site asks for the limit: the references hold no GBZ 2.1 value. */
        limitNote: planText,
      })
      .strict(),
    /** 5.8.2: gases that must at least be measured. */
    required: z
      .object({
        ...clauseQuote,
        toxicGases: z
          .array(z.object({ name: planText, aliases: z.array(z.string().min(1)).default([]) }).strict())
          .min(1),
      })
      .strict(),
    /** 5.9.2: what follows a failed check. */
    failure: z.object(clauseQuote).strict(),
  })
  .strict()
  .refine((s) => s.oxygen.min < s.oxygen.max, { message: '氧含量下限应小于上限', path: ['oxygen', 'min'] });
export type GasCheckSpec = z.infer<typeof gasCheckSpecSchema>;
