import type { SelfCheckReport } from '../../lib/self-check/report';

/**
 * The 自查自改报告 as it prints (Ctrl+P on the self-check page prints only this). On screen it shows when
 * opened with “查看自查自改报告”.
 */
export function Report({
  report,
  open,
  photo,
}: {
  report: SelfCheckReport;
  open: boolean;
  photo?: (id: string) => string | null;
}) {
  const dash = (s: string) => s || '（未填写）';
  return (
    <section class="sc-report" data-open={open ? 'true' : 'false'} aria-labelledby="sc-report-title">
      <h2 id="sc-report-title">{report.title}</h2>
      <table class="sc-report-info">
        <tbody>
          <tr>
            <th scope="row">企业名称</th>
            <td>{dash(report.enterprise)}</td>
          </tr>
          <tr>
            <th scope="row">检查日期</th>
            <td>{dash(report.date)}</td>
          </tr>
          <tr>
            <th scope="row">检查人员</th>
            <td>{dash(report.inspectors)}</td>
          </tr>
          <tr>
            <th scope="row">企业类型</th>
            <td>{report.kinds.join('、') || '（未选择）'}</td>
          </tr>
          {report.answers.map((a) => (
            <tr>
              <th scope="row">{a.question}</th>
              <td>{a.answer}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">检查范围</th>
            <td>{report.lists.join('；')}</td>
          </tr>
          <tr>
            <th scope="row">自查结果</th>
            <td>{report.summary}</td>
          </tr>
        </tbody>
      </table>
      <h3>隐患及整改情况（重大事故隐患在前）</h3>
      {report.hazards.length === 0 ? (
        <p>本次自查未发现隐患。</p>
      ) : (
        <table class="sc-report-table sc-report-hazards">
          <thead>
            <tr>
              <th>序号</th>
              <th>级别</th>
              <th>隐患描述</th>
              <th>依据</th>
              <th>整改措施</th>
              <th>责任人</th>
              <th>整改时限</th>
              <th>整改情况</th>
              <th>备注</th>
            </tr>
          </thead>
          <tbody>
            {report.hazards.map((h) => {
              const photos = (h.result.photos ?? [])
                .map((p) => ({ ...p, src: photo?.(p.id) ?? null }))
                .filter((p) => p.src);
              return (
                <>
                  <tr class={h.level === '重大' ? 'sc-report-major' : ''}>
                    <td>{h.no}</td>
                    <td>{h.level}</td>
                    <td>{h.description}</td>
                    <td>{h.source}</td>
                    <td>{h.result.measure ?? ''}</td>
                    <td>{h.result.owner ?? ''}</td>
                    <td>{h.result.deadline ?? ''}</td>
                    <td>
                      {h.result.progress ?? '未整改'}
                      {h.overdue && <strong>（逾期）</strong>}
                    </td>
                    <td>{h.result.remark ?? ''}</td>
                  </tr>
                  {photos.length > 0 && (
                    <tr class="sc-report-photos">
                      <td colSpan={9}>
                        {photos.map((p) => (
                          <figure>
                            <img src={p.src!} alt={`第 ${h.no} 项隐患${p.stage}照片`} />
                            <figcaption>{p.stage}</figcaption>
                          </figure>
                        ))}
                      </td>
                    </tr>
                  )}
                </>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>检查条目及结果</h3>
      <table class="sc-report-table sc-report-items">
        <thead>
          <tr>
            <th>序号</th>
            <th>出处</th>
            <th>检查内容（原文）</th>
            <th>结果</th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((i) => (
            <tr>
              <td>{i.no}</td>
              <td>{i.source}</td>
              <td>{i.text}</td>
              <td>{i.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="sc-signatures">
        <p>企业主要负责人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>
        <p>检查人员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>
        <p>（企业盖章）</p>
      </div>
    </section>
  );
}
