import type { ReferenceDocument } from '../../schemas/reference';
import { formatChineseDate } from '../common/dates';

/**
 * The laws and standards the site quotes, each with when it took effect, for the block shown on every
 * page that reads them: the campaign of the plan ends, these do not. Everything comes from
 * content/references/documents.yaml (`inForce`, `scope`), whose words are checked against the
 * transcriptions (law-in-force.test.ts).
 */
export interface LawInForce {
  id: string;
  /** 《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号） */
  name: string;
  /** 2023年5月15日起施行 / 2024年4月23日印发，通知未单列施行日期… */
  when: string;
  /** The date it took effect (YYYY-MM-DD), or null when the file states none. */
  date: string | null;
  /** Where the date is written, and its words, verbatim. */
  basisFrom: string;
  basis: string;
  /** A sentence of the document bounding its reach (第10号令第二条), with the short name and clause. */
  scope: { where: string; quote: string } | null;
}

/** One line per document, in the order of documents.yaml. */
export function lawsInForce(documents: readonly ReferenceDocument[]): LawInForce[] {
  return documents.map((d) => ({
    id: d.id,
    name: d.issuedAs.startsWith('GB') ? `${d.issuedAs}《${d.title}》` : `《${d.title}》（${d.issuedAs}）`,
    when: d.inForce.date ? `${formatChineseDate(d.inForce.date)}起施行` : d.inForce.issued!,
    date: d.inForce.date,
    basisFrom: d.inForce.basisFrom,
    basis: d.inForce.basis,
    scope: d.scope ? { where: `${d.shortName}${d.scope.clause}`, quote: d.scope.quote } : null,
  }));
}

/**
 * Problems with the 施行 data against the transcriptions (`read` gives a file's whole text): the basis
 * must be in the document's first file, and the date must be written in it (as 2023-05-15 or
 * 2023年5月15日); a scope quote must be in its clause; the issuer's words must be in the file and name it.
 */
export function checkLawsInForce(
  documents: readonly ReferenceDocument[],
  read: (file: string) => string,
  inClause: (text: string, clause: string, quote: string) => boolean,
): string[] {
  const problems: string[] = [];
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const d of documents) {
    const where = `内容文件 content/references/documents.yaml（id: ${d.id}）`;
    const text = read(d.files[0]!);
    if (!squash(text).includes(squash(d.inForce.basis)))
      problems.push(`${where}字段 inForce.basis：不是 ${d.files[0]} 中的原话`);
    const date = d.inForce.date;
    if (date && !d.inForce.basis.includes(date) && !d.inForce.basis.includes(formatChineseDate(date)))
      problems.push(`${where}字段 inForce.date：${date} 不在 basis 中`);
    if (d.issuer && !squash(text).includes(squash(d.issuer.basis)))
      problems.push(`${where}字段 issuer.basis：不是 ${d.files[0]} 中的原话`);
    if (d.issuer && !d.issuer.basis.includes(d.issuer.name))
      problems.push(`${where}字段 issuer.name：${d.issuer.name} 不在 issuer.basis 中`);
    if (d.scope && !inClause(text, d.scope.clause, d.scope.quote))
      problems.push(`${where}字段 scope.quote：不是${d.scope.clause}的原文`);
  }
  return problems;
}
