import { useState } from 'preact/hooks';
import {
  hazardRow,
  hazardsTable,
  reportInfoRows,
  itemsTable,
  printedHeaders,
  printedItems,
  reportPrintModes,
  type ReportPrintMode,
  type SelfCheckReport,
} from '../../lib/self-check/report';

const hazardHeaders = printedHeaders(hazardsTable);
const itemHeaders = printedHeaders(itemsTable);
const label = (headers: { key: string; header: string }[], key: string) =>
  headers.find((h) => h.key === key)!.header;

/** A printed table's header row: the Excel's column names (report.ts), one class per column. */
function ReportHead({ headers }: { headers: { key: string; header: string }[] }) {
  return (
    <thead>
      <tr>
        {headers.map((c) => (
          <th key={c.key} class={`sc-col-${c.key}`}>
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

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
  const [mode, setMode] = useState<ReportPrintMode>('checked');
  const printed = printedItems(report, mode);
  // Each cell carries its column's header: on a phone the table stacks, and each cell says what it is.
  const h = (key: string) => ({ 'data-label': label(hazardHeaders, key), class: `sc-col-${key}` });
  const i = (key: string) => ({ 'data-label': label(itemHeaders, key), class: `sc-col-${key}` });
  return (
    <section class="sc-report" data-open={open ? 'true' : 'false'} aria-labelledby="sc-report-title">
      <fieldset class="sc-report-options">
        <legend>打印内容</legend>
        {reportPrintModes.map((m) => (
          <label key={m.id}>
            <input
              type="radio"
              name="sc-report-mode"
              value={m.id}
              checked={mode === m.id}
              onChange={() => setMode(m.id)}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      <h2 id="sc-report-title">{report.title}</h2>
      <table class="sc-report-info">
        <tbody>
          {reportInfoRows(report).map((r) => (
            <tr>
              <th scope="row">{r.item}</th>
              <td>{dash(r.content)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>隐患及整改情况（重大事故隐患在前）</h3>
      {report.hazards.length === 0 ? (
        <p>本次自查未发现隐患。</p>
      ) : (
        <table class="sc-report-table sc-report-hazards">
          <ReportHead headers={hazardHeaders} />
          {report.hazards.map((hz) => {
            const photos = (hz.result.photos ?? [])
              .map((p) => ({ ...p, src: photo?.(p.id) ?? null }))
              .filter((p) => p.src);
            // One tbody per hazard: its row and its photos stay on one page (break-inside: avoid).
            return (
              <tbody class="sc-report-hazard" key={hz.no}>
                <tr class={hz.level === '重大' ? 'sc-report-major' : ''}>
                  {hazardHeaders.map(({ key }) => (
                    <td {...h(key)}>
                      {key === 'progress' && hz.overdue ? (
                        <>
                          {hz.result.progress ?? '未整改'}
                          <strong>（逾期）</strong>
                        </>
                      ) : (
                        hazardRow(hz)[key]
                      )}
                    </td>
                  ))}
                </tr>
                {photos.length > 0 && (
                  <tr class="sc-report-photos">
                    <td colSpan={hazardHeaders.length} data-label="照片">
                      {photos.map((p) => (
                        <figure>
                          <img src={p.src!} alt={`第 ${hz.no} 项隐患${p.stage}照片`} />
                          <figcaption>{p.stage}</figcaption>
                        </figure>
                      ))}
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      {printed.items.length > 0 && (
        <>
          <h3>检查条目及结果</h3>
          <table class="sc-report-table sc-report-items">
            <ReportHead headers={itemHeaders} />
            <tbody>
              {printed.items.map((it) => (
                <tr key={it.no}>
                  {itemHeaders.map(({ key }) => (
                    <td {...i(key)}>{String(it[key as keyof typeof it])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {printed.leftOut && <p class="sc-report-left-out">{printed.leftOut}</p>}
      <div class="sc-signatures">
        <p>企业主要负责人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>
        <p>检查人员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>
        <p>（企业盖章）</p>
      </div>
    </section>
  );
}
