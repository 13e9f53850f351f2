/** The annexes a county bureau combines from received files on /summary/<id>/ (附件4 comes from 台账 on /confined-space/ledgers/). */
export const SUMMARY_ANNEXES = ['annex1', 'annex2', 'annex5'] as const;
export type SummaryAnnex = (typeof SUMMARY_ANNEXES)[number];
