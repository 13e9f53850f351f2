/** The three risk grades of a confined space, highest first (no zod here: pages that only list them load none). */
export const grades = ['高', '中', '低'] as const;
