import type { ComponentChildren } from 'preact';
import type { GradeMeaningFlags } from '../../lib/confined-space/ledger';

/** A passage a page quotes: where it is (第13号令第七条第三款) and its words, verbatim. */
export interface Quoted {
  where: string;
  text: string;
}

/** The texts “what the grade means” quotes (verbatim, from the plan and the reference texts), passed by the page. */
export interface MeaningTexts {
  approval: { id: string; label: string; text: string };
  outsourcing: { id: string; label: string; text: string };
  art13: { leadIn: string; items: { number: string; text: string }[] };
  /** 第13号令第七条第三款, GB 46768-2025 5.1.1: what every grade still needs. */
  everyGrade: Quoted[];
  /** 第13号令第七条第二款: 中毒和窒息 → 主要负责人审批. */
  principal: Quoted;
  /** 第10号令第六条（二）（四）. */
  buildingMaterials: Quoted[];
  /** 第10号令第七条（六）. */
  solvent: Quoted;
  criteriaLink: string;
}

const Quote = ({ q }: { q: Quoted }) => (
  <blockquote>
    {q.where}：“{q.text}”
  </blockquote>
);

/** One thing a grade means: what it is (children), then the passages that say so, verbatim. */
const Meaning = ({ id, quotes, children }: { id: string; quotes: Quoted[]; children: ComponentChildren }) => (
  <div data-meaning={id}>
    <p>{children}</p>
    {quotes.map((q) => (
      <Quote q={q} />
    ))}
  </div>
);

/** A sentence about the plan's 作业审批, then the plan's own words (方案原文) and a link to them. */
const ApprovalQuote = ({
  approval,
  children,
}: {
  approval: MeaningTexts['approval'];
  children: ComponentChildren;
}) => (
  <>
    <p>
      {children}方案原文（{approval.label}）：
    </p>
    <blockquote>{approval.text}</blockquote>
    <a href={`/plan/#${approval.id}`}>在方案全文中查看</a>
  </>
);

/**
 * What a grade asks for: 作业方案 (高/中) and what every grade still needs (低 included); 第十三条 for 中毒
 * only; 第13号令第七条第二款 for 窒息; 第六条（二）（四） and 第七条（六） for the spaces they name; outsourcing.
 */
export function GradeMeaning({
  meaning,
  texts,
  grade,
}: {
  meaning: GradeMeaningFlags;
  texts: MeaningTexts;
  grade: string;
}) {
  return (
    <div class="grade-meaning">
      <h3>这个等级意味着什么</h3>
      {meaning.plan ? (
        <div>
          <ApprovalQuote approval={texts.approval}>
            <strong>{grade}等级风险：</strong>
            方案要求作业前编制作业方案，经本企业主要负责人或者其书面委托的人员审批。
          </ApprovalQuote>
        </div>
      ) : (
        <div data-meaning="low">
          <ApprovalQuote approval={texts.approval}>
            <strong>低等级风险：</strong>方案写明的“编制详实的作业方案”只针对“高、中等级风险有限空间作业”；
            但方案要求各企业“严格履行作业审批程序，明确专人监护、气体检测、配备设施装备等内容”，不分等级。
          </ApprovalQuote>
        </div>
      )}
      <Meaning id="every-grade" quotes={texts.everyGrade}>
        <strong>任何等级</strong>的有限空间作业，还须：
      </Meaning>
      {meaning.poisoning && (
        <div data-meaning="poisoning">
          <p>
            <strong>存在中毒风险：</strong>第10号令第十三条，下列情形判定为重大事故隐患：
          </p>
          <blockquote>
            {texts.art13.leadIn}
            {texts.art13.items.map((i) => (
              <span class="art13-item">
                {i.number}
                {i.text}
              </span>
            ))}
          </blockquote>
          <a href={texts.criteriaLink}>对照判定标准</a>
        </div>
      )}
      {meaning.asphyxiation && !meaning.poisoning && (
        <Meaning id="asphyxiation" quotes={[texts.principal]}>
          <strong>存在窒息风险（二氧化碳、缺氧）：</strong>
          第10号令第十三条写的是“中毒风险”，没有写窒息；第13号令对中毒和窒息风险的作业规定：
        </Meaning>
      )}
      {meaning.buildingMaterials && (
        <Meaning id="building-materials" quotes={texts.buildingMaterials}>
          <strong>第10号令第六条所列设备（建材企业）：</strong>下列情形判定为重大事故隐患：
        </Meaning>
      )}
      {meaning.solvent && (
        <Meaning id="solvent" quotes={[texts.solvent]}>
          <strong>使用可燃性有机溶剂清洗（机械企业）：</strong>下列情形判定为重大事故隐患：
        </Meaning>
      )}
      {meaning.outsourced && (
        <div>
          <p>
            <strong>外包作业：</strong>方案原文（{texts.outsourcing.label}）：
          </p>
          <blockquote>{texts.outsourcing.text}</blockquote>
          <a href={`/plan/#${texts.outsourcing.id}`}>在方案全文中查看</a>
        </div>
      )}
    </div>
  );
}
