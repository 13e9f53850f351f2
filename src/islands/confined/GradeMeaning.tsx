/** The texts “what the grade means” quotes (verbatim, from the plan and 第10号令), passed by the page. */
export interface MeaningTexts {
  approval: { id: string; label: string; text: string };
  outsourcing: { id: string; label: string; text: string };
  art13: { leadIn: string; items: { number: string; text: string }[] };
  criteriaLink: string;
}

/** What a grade asks for: 作业方案 (高/中), 第十三条 (中毒或窒息风险), outsourcing duties (外包). */
export function GradeMeaning({
  meaning,
  texts,
  grade,
}: {
  meaning: { plan: boolean; poisoning: boolean; outsourced: boolean };
  texts: MeaningTexts;
  grade: string;
}) {
  return (
    <div class="grade-meaning">
      <h3>这个等级意味着什么</h3>
      {meaning.plan ? (
        <div>
          <p>
            <strong>{grade}等级风险：</strong>作业前必须编制作业方案并经审批。方案原文（{texts.approval.label}
            ）：
          </p>
          <blockquote>{texts.approval.text}</blockquote>
          <a href={`/plan/#${texts.approval.id}`}>在方案全文中查看</a>
        </div>
      ) : (
        <p>
          低等级风险：方案对高、中等级风险作业要求编制作业方案；低等级风险的作业同样要履行作业审批程序（
          <a href={`/plan/#${texts.approval.id}`}>{texts.approval.label}</a>）。
        </p>
      )}
      {meaning.poisoning && (
        <div>
          <p>
            <strong>存在中毒或窒息风险：</strong>第10号令第十三条，下列情形判定为重大事故隐患：
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
