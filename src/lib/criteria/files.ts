/** Content files of the criteria and the documents they come from, relative to the project root. */
export const criteriaFiles = {
  documents: 'content/references/documents.yaml',
  mem10: 'content/criteria/mem10.yaml',
  mines: 'content/criteria/metal-mines.yaml',
} as const;
