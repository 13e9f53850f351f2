// The 汇总 draft's schema, in its own module: the page loads it (and zod) only when a stored draft must be read
// (DraftSpec.loadSchema), so a first visit downloads and runs no zod before the reader can drop files.
import { z } from '../../schemas/zod';

const storedFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.enum(['annex', 'self-check', 'register']),
  unit: z.string(),
  unitFromFileName: z.boolean(),
  date: z.string(),
  sheet: z.string(),
  months: z.array(z.tuple([z.string(), z.number(), z.array(z.string())])),
  rows: z.array(z.tuple([z.number(), z.array(z.string())])),
  problems: z.array(z.string()),
  other: z.string().nullable(),
  notices: z.array(z.string()),
});
export const filesDraftSchema = z.object({
  annex: z.string(),
  columns: z.array(z.string()),
  files: z.array(storedFileSchema),
  choices: z.record(z.string(), z.string()),
  next: z.number().int().positive(),
});
