import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/browser/storage';
import { todayInChina } from '../../lib/common/dates';
import { loadSelection } from '../../lib/plan/selection-store';
import { addCheck, currentCheck, updateCheck, updateResult } from '../../lib/self-check/book';
import {
  countSelfCheck,
  filterItems,
  filterLabels,
  hazardIndex,
  hazardsOf,
  openHazardItems,
  resultOf,
  type ItemFilter,
} from '../../lib/self-check/hazards';
import { checkItems, questionDecisions } from '../../lib/self-check/items';
import { checklistQuery, parseChecklistQuery } from '../../lib/self-check/query';
import { newId, type SelfCheck as Check } from '../../lib/self-check/record';
import { selectSelfCheck } from '../../lib/self-check/select';
import type { ChecklistSource } from '../../lib/self-check/data';
import type { SectorId } from '../../schemas';
import { BookBar } from './BookBar';
import { ItemCard } from './ItemCard';
import { Scope } from './Scope';
import { useBook } from './useBook';
import { usePhotos } from './usePhotos';
import { PhotoField } from '../common/PhotoField';
import { majorHazardRows } from '../../lib/self-check/annex2';
import { Annex2Handoff } from './Annex2Handoff';
import { WithChecklist } from './WithChecklist';
import { Report } from './Report';
import { reportFileName, reportSheets, selfCheckReport } from '../../lib/self-check/report';
import { TaskStatus } from '../common/TaskStatus';
import { useLongTask } from '../common/useLongTask';
import { DraftNotices } from '../common/DraftNotices';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { afterDownload } from '../../lib/browser/wechat';

export interface SelfCheckProps {
  /** 附件2's layout (content/annexes/annex2.yaml), for “生成附件2行”. */
  annex2: AnnexLayout;
}

const loadingLine = <p class="sc-loading">正在读取本浏览器中保存的自查……</p>;

/** The page's island: the checklist data is read from the site (not carried in the page), then the self-check. */
export default function SelfCheck({ annex2 }: SelfCheckProps) {
  return (
    <WithChecklist loading={loadingLine}>
      {(data) => <SelfCheckPage data={data} annex2={annex2} />}
    </WithChecklist>
  );
}

/** The 基本情况 inputs, in order (ids sc-enterprise, sc-date, sc-inspectors). */
const infoFields: { key: 'enterprise' | 'date' | 'inspectors'; label: string; type: 'text' | 'date' }[] = [
  { key: 'enterprise', label: '企业名称', type: 'text' },
  { key: 'date', label: '检查日期', type: 'date' },
  { key: 'inspectors', label: '检查人员', type: 'text' },
];

/** 自查: choose the lists, check every item, record hazards; several self-checks per browser. */
function SelfCheckPage({ data, annex2 }: SelfCheckProps & { data: ChecklistSource }) {
  const { book, setBook, saveNote, draft } = useBook();
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [reportOpen, setReportOpen] = useState(false);
  // On a phone the progress bar shrinks to one line once it sticks under the header (filters behind 筛选).
  const [sentinel, setSentinel] = useState<HTMLDivElement | null>(null);
  const [stuck, setStuck] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEffect(() => {
    const el = sentinel;
    if (!el) return;
    // The bar sticks under Starlight's fixed header: it is "stuck" once the line just above it has gone under.
    const nav = document.querySelector('header.header')?.getBoundingClientRect().height ?? 56;
    // Folding the bar shortens the page above what the reader looks at, and the browser's scroll anchoring
    // then moves the page by about that much: unfold only once the line is well below the header again, or
    // the bar would flip between its two heights at the threshold.
    const UNFOLD_MARGIN = 96;
    let frame = 0;
    let folded = false;
    const check = () => {
      frame = 0;
      const top = el.getBoundingClientRect().top;
      folded = folded ? top < nav + UNFOLD_MARGIN : top < nav;
      setStuck(folded);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    check();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [sentinel]);
  const photos = usePhotos(book, setBook);
  const [reportNote, setReportNote] = useState('');
  const reportTask = useLongTask();
  const [fromLink, setFromLink] = useState<{ kinds: SectorId[]; answers: Check['answers'] } | null>(null);
  const today = useMemo(() => todayInChina(), []);
  const known = useMemo(() => data.plan.sectors.map((s) => s.id), [data]);

  // First visit: start a self-check from the address (?kinds=…) or from 我的企业属于哪些类型？.
  useEffect(() => {
    if (!book) return;
    const linked = parseChecklistQuery(location.search, known, data.questions);
    const link =
      linked.kinds.length > 0
        ? {
            kinds: linked.kinds,
            answers: Object.fromEntries(Object.entries(linked.answers).map(([k, v]) => [k, [...v]])),
          }
        : null;
    const now = new Date();
    if (book.checks.length === 0) {
      const kinds = link?.kinds ?? (loadSelection(browserStorage(), known) as SectorId[]);
      setBook(addCheck(book, newId(now), today, now.toISOString(), { kinds, answers: link?.answers ?? {} }));
      return;
    }
    const cur = currentCheck(book);
    if (link && cur && cur.kinds.length === 0) setBook(updateCheck(book, cur.id, link));
    else if (link && cur && cur.kinds.join() !== link.kinds.join()) setFromLink(link);
  }, [book === null]);

  const check = book ? currentCheck(book) : undefined;
  const selection = useMemo(
    () => (check ? selectSelfCheck(data, check.kinds as SectorId[], check.answers) : null),
    [data, check?.kinds, check?.answers],
  );
  const items = useMemo(() => (selection ? checkItems(data, selection) : []), [data, selection]);
  const decisions = useMemo(() => (selection ? questionDecisions(data, selection) : []), [data, selection]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i] as const)), [items]);
  // A link to one item (/self-check/?kinds=…#item-mem10-4-6, from a criteria page's “用这一条自查”): the items
  // are drawn after the page loads, so the browser cannot scroll to it itself; after each render until it
  // is drawn, look for it once, then go there.
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    if (arrived || !location.hash.startsWith('#item-')) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    setArrived(true);
    target.scrollIntoView({ block: 'start' });
  });

  if (!book) return loadingLine;

  const counts = check ? countSelfCheck(items, check, today) : null;
  const hazards = check ? hazardsOf(items, check, today) : [];
  const hazardOf = hazardIndex(hazards);
  const report = check && selection ? selfCheckReport(data, selection, items, check, today) : null;
  const downloadReport = async () => {
    if (!report) return;
    setReportNote('');
    const out = await reportTask.run(
      '正在生成报告 Excel 文件…',
      async () => {
        const { downloadWorkbook } = await import('../../lib/table/download-workbook');
        return downloadWorkbook(reportSheets(report), reportFileName(report));
      },
      { failure: '生成失败', advice: '可以重试，或点“打印自查自改报告”。自查内容都还在。' },
    );
    if (!out) return;
    setReportNote(
      !out.ok
        ? out.message
        : afterDownload(
            out.value.wechat,
            `已下载“${reportFileName(report)}”（报告、检查条目、隐患清单三张表）。`,
            '或点“打印自查自改报告”',
          ),
    );
  };
  const shown = check ? filterItems(items, check, filter, today) : [];
  const change = (patch: Partial<Omit<Check, 'id'>>) => check && setBook(updateCheck(book, check.id, patch));

  let lastGroup = '';
  return (
    <div class="self-check not-content">
      <DraftNotices draft={draft} what="自查" />
      {photos.problem && (
        <div class="notice storage-notice" role="alert">
          {photos.problem}
        </div>
      )}
      {fromLink && (
        <div class="notice" role="status">
          <p>
            地址里带有企业类型（
            {fromLink.kinds.map((k) => data.plan.sectors.find((x) => x.id === k)?.name ?? k).join('、')}
            ），与当前打开的自查不同。
          </p>
          <button
            type="button"
            onClick={() => {
              const now = new Date();
              setBook(addCheck(book, newId(now), today, now.toISOString(), fromLink));
              setFromLink(null);
            }}
          >
            按地址新建一份自查
          </button>
          <button type="button" onClick={() => setFromLink(null)}>
            继续当前自查
          </button>
        </div>
      )}
      <BookBar
        book={book}
        setBook={setBook}
        today={today}
        saveNote={saveNote}
        carry={openHazardItems(hazards)}
      />
      {check && selection && counts && (
        <>
          <section class="sc-section" aria-labelledby="sc-info">
            <h2 id="sc-info">基本情况</h2>
            <div class="sc-row">
              {infoFields.map(({ key, label, type }) => (
                <span key={key}>
                  <label for={`sc-${key}`}>{label}</label>
                  <input
                    id={`sc-${key}`}
                    type={type}
                    value={check[key]}
                    onInput={(e) => change({ [key]: (e.currentTarget as HTMLInputElement).value })}
                  />
                </span>
              ))}
            </div>
          </section>
          <Scope
            sectors={data.plan.sectors}
            kinds={check.kinds}
            decisions={decisions}
            selection={selection}
            onKinds={(kinds) => change({ kinds })}
            onAnswer={(id, options) => change({ answers: { ...check.answers, [id]: options } })}
            trainingLink={`/training/checklist/${checklistQuery(
              selection.kinds.filter((k) => check.kinds.includes(k)),
              check.answers,
              data.questions,
              known,
            )}`}
          />
          <div class="sc-counts-sentinel" aria-hidden="true" ref={setSentinel} />
          <div
            class="sc-counts"
            role="region"
            aria-label="自查进度"
            data-stuck={stuck ? 'true' : 'false'}
            data-filters-open={filtersOpen ? 'true' : 'false'}
          >
            <p aria-live="polite">
              <span data-count="checked">
                已检查 <b>{counts.checked}</b>/{counts.total}
              </span>
              <span data-count="major">
                重大隐患 <b>{counts.hazards['重大']}</b>
              </span>
              <span data-count="general">
                一般隐患 <b>{counts.hazards['一般']}</b>
              </span>
              <span data-count="rectified">
                已整改 <b>{counts.rectified}</b>/{counts.hazards.total}
              </span>
              <span data-count="overdue" class={counts.overdue ? 'sc-overdue-count' : ''}>
                逾期 <b>{counts.overdue}</b>
              </span>
              <span class="sc-bar-actions">
                <button
                  type="button"
                  class="sc-filter-toggle"
                  aria-expanded={filtersOpen}
                  onClick={() => setFiltersOpen(!filtersOpen)}
                  aria-label={`筛选（现在：${filterLabels[filter]}）`}
                >
                  筛选
                </button>
                <a class="sc-jump" href="#sc-outputs">
                  跳到报告
                </a>
              </span>
            </p>
            <p class="sc-filters" role="group" aria-label="筛选">
              {(Object.keys(filterLabels) as ItemFilter[]).map((f) => (
                <button type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
                  {filterLabels[f]}
                </button>
              ))}
            </p>
          </div>
          <section class="sc-section sc-items" aria-labelledby="sc-items">
            <h2 id="sc-items">逐条检查</h2>
            {items.length === 0 && <p>先在上面选择企业类型，这里列出要检查的条目。</p>}
            {items.length > 0 && shown.length === 0 && <p>没有符合筛选条件的条目。</p>}
            {shown.map((item) => {
              const heading = item.group !== lastGroup ? item.group : null;
              lastGroup = item.group;
              const hazard = hazardOf.get(item.id);
              const holders =
                hazard && hazard.item.id === item.id
                  ? [item.id, ...hazard.criteria.map((c) => c.id)]
                  : [item.id];
              return (
                <>
                  {heading && <h3 class="sc-group">{heading}</h3>}
                  <ItemCard
                    item={item}
                    result={resultOf(check, item.id)}
                    hazard={hazard}
                    linkedCriteria={
                      item.criterion
                        ? []
                        : item.linked
                            .map((id) => byId.get(id))
                            .filter((c) => c?.criterion)
                            .map((c) => ({ item: c!, result: resultOf(check, c!.id) }))
                    }
                    linkedLabel={(id) => byId.get(id)?.source ?? id}
                    onChange={(patch) => setBook(updateResult(book, check.id, item.id, patch))}
                    onAnswerLinked={(id, status) => setBook(updateResult(book, check.id, id, { status }))}
                    photos={
                      <PhotoField
                        itemId={item.id}
                        photos={hazard?.item.id === item.id ? (hazard.result.photos ?? []) : []}
                        url={photos.url}
                        onAdd={(stage, files) => void photos.add(item.id, stage, files)}
                        onRemove={(id) => {
                          // A merged hazard shows the photos of every item it is made of.
                          const holder = holders.find((h) =>
                            (resultOf(check, h).photos ?? []).some((p) => p.id === id),
                          );
                          photos.remove(holder ?? item.id, id);
                        }}
                      />
                    }
                  />
                </>
              );
            })}
          </section>
          <section class="sc-section sc-outputs" aria-labelledby="sc-outputs">
            <h2 id="sc-outputs">自查自改报告和附件2</h2>
            <p class="sc-actions">
              <button type="button" aria-expanded={reportOpen} onClick={() => setReportOpen(!reportOpen)}>
                {reportOpen ? '收起自查自改报告' : '查看自查自改报告'}
              </button>
              <button type="button" onClick={() => window.print()}>
                打印自查自改报告
              </button>
              <button type="button" onClick={downloadReport} disabled={reportTask.busy !== ''}>
                下载报告 Excel
              </button>
            </p>
            <TaskStatus
              busy={reportTask.busy}
              notice={reportNote}
              busyClass="sc-note"
              noticeClass="sc-note"
            />
            {report && (
              <Annex2Handoff
                layout={annex2}
                what="本次自查"
                rows={() => majorHazardRows(check, report.hazards, report.kinds.join('、'))}
              />
            )}
          </section>
          {report && <Report report={report} open={reportOpen} photo={photos.url} />}
        </>
      )}
    </div>
  );
}
