import { useEffect, useMemo, useState } from 'preact/hooks';
import { deletePhoto, getPhotos, photoIds } from '../../lib/browser/photo-db';

import { photoOwners, unusedOwnPhotoIds, type PhotoRef, type PhotoStage } from '../../lib/browser/photos';
import { browserStorage } from '../../lib/browser/storage';
import { download } from '../../lib/browser/download';
import { afterDownload } from '../../lib/browser/wechat';
import { todayInChina } from '../../lib/common/dates';
import { DraftStore } from '../../lib/table/draft';
import { buildWorkbook } from '../../lib/table/workbook-client';
import { zipBytes } from '../../lib/table/zip';
import { checksWithHazards, enterpriseOf } from '../../lib/register/from-book';
import {
  icsStamp,
  monthCountsSheet,
  registerFileName,
  registerHistorySheet,
  registerIcs,
  registerPhotoFiles,
  registerSheet,
} from '../../lib/register/outputs';
import {
  accept,
  buildRegister,
  emptyRegisterDraft,
  emptyWalkHazard,
  filterChoices,
  filterRegister,
  isLate,
  needsDoing,
  registerMonthCounts,
  registerDraftSpec,
  registerPhotoIds,
  addWalkPhotos,
  removeWalkPhoto,
  updateWalk,
  registerStatuses,
  walkProblems,
  withdrawAcceptance,
  type Acceptance,
  type RegisterHazard,
  type WalkHazard,
} from '../../lib/register/register';
import type { ChecklistSource } from '../../lib/self-check/data';
import { newId, selfCheckDraftSpec, type SelfCheckBook } from '../../lib/self-check/record';
import { DraftNotices } from '../common/DraftNotices';
import { RegisterExchange } from './RegisterExchange';
import { Annex2Handoff } from '../self-check/Annex2Handoff';
import { WithChecklist } from '../self-check/WithChecklist';
import { registerAnnex2Rows } from '../../lib/register/annex2';
import type { AnnexLayout } from '../../schemas/annex-layout';
import { PhotoField } from '../common/PhotoField';
import { usePhotoStore } from '../common/usePhotoStore';
import { Tag } from '../common/Tag';
import { SheetTable } from '../common/SheetTable';
import { TaskStatus } from '../common/TaskStatus';
import { TextField } from '../common/TextField';
import { useAutosavedDraft } from '../common/useAutosavedDraft';
import { useLongTask } from '../common/useLongTask';

/** How many hazards the list draws at once. */
const PAGE = 50;

/**
 * 隐患台账: every hazard of this browser's self-checks and walk-rounds, what needs doing now, 验收销号, and the
 * register as Excel and reminders (.ics). The self-checks are read, never written: 整改 is recorded there.
 */
const loadingLine = <p class="register-loading">正在读取本浏览器中的自查和台账……</p>;

/** The page's island: the checklist data is read from the site (not carried in the page), then the register. */
export default function Register({ annex2 }: { annex2: AnnexLayout }) {
  return (
    <WithChecklist loading={loadingLine}>
      {(data) => <RegisterPage data={data} annex2={annex2} />}
    </WithChecklist>
  );
}

function RegisterPage({ data, annex2 }: { data: ChecklistSource; annex2: AnnexLayout }) {
  const today = todayInChina();
  const store = useMemo(() => new DraftStore(browserStorage(), registerDraftSpec), []);
  const draft = useAutosavedDraft({
    store,
    empty: emptyRegisterDraft,
    restoredNote: () => '',
    unreadableAdvice: '本页仍可查看自查中的隐患；点“删除无法读取的草稿，保存本页内容”可重新开始保存台账。',
  });
  const [book, setBook] = useState<SelfCheckBook | null>(null);
  const [bookProblem, setBookProblem] = useState('');
  useEffect(() => {
    const loaded = new DraftStore(browserStorage(), selfCheckDraftSpec).load();
    if (loaded.status === 'loaded') setBook(loaded.data);
    else {
      setBook({ current: '', checks: [] });
      if (loaded.status !== 'empty') setBookProblem(`读取本浏览器中的自查时出了问题：${loaded.message}`);
    }
  }, []);
  const hazards = useMemo(
    () => (book ? buildRegister(checksWithHazards(data, book, today), draft.data) : []),
    [book, draft.data, data, today],
  );
  const now = needsDoing(hazards, today);
  const citations = useMemo(
    () =>
      new Map(
        hazards.flatMap((h) => (h.source.kind === 'check' ? [[h.source.itemId, h.source.citation]] : [])),
      ),
    [hazards],
  );
  const counts = useMemo(
    () => registerMonthCounts(hazards, book?.checks.map((c) => c.date) ?? []),
    [hazards, book],
  );
  const months = useMemo(() => monthCountsSheet(counts), [counts]);
  const [status, setStatus] = useState('');
  const [level, setLevel] = useState('');
  const [owner, setOwner] = useState('');
  const [area, setArea] = useState('');
  const { owners, areas } = filterChoices(hazards);
  const shown = filterRegister(hazards, { status, level, owner, area });
  // A register of thousands is drawn a page at a time (each card holds a form): more on request.
  const [limit, setLimit] = useState(PAGE);
  // Changing a filter starts the list again from its first page (in the same render, so it never flashes).
  const narrow = (set: (v: string) => void) => (v: string) => {
    set(v);
    setLimit(PAGE);
  };
  // Photos of the walk-round hazards on screen (and of the one being recorded); the self-check's are counted.
  const [formPhotos, setFormPhotos] = useState<PhotoRef[]>([]);
  const photos = usePhotoStore([
    ...shown.slice(0, limit).flatMap((h) => (h.source.kind === 'walk' ? h.photos.map((p) => p.id) : [])),
    ...formPhotos.map((p) => p.id),
  ]);
  // The register's photos no walk-round hazard refers to (a hazard recorded with photos, then not added).
  useEffect(() => {
    if (!draft.loaded) return;
    void photoIds().then((ids) =>
      unusedOwnPhotoIds(ids, photoOwners.register, registerPhotoIds(draft.data)).forEach(
        (id) => void deletePhoto(id),
      ),
    );
  }, [draft.loaded]);
  const storePhotos = (files: FileList | null) =>
    photos.store(files, () => `${photoOwners.register}${newId()}`);
  const [notice, setNotice] = useState('');
  const task = useLongTask();
  const enterprise = book ? enterpriseOf(book) : '';

  const workbook = () =>
    buildWorkbook([registerSheet(hazards, enterprise, today), registerHistorySheet(hazards), months]);
  const downloadXlsx = async () => {
    const out = await task.run(
      '正在生成隐患台账 Excel…',
      async () => {
        const name = registerFileName(enterprise, today);
        return { name, result: download(await workbook(), name) };
      },
      { failure: '生成失败', advice: '可以重试。台账内容都还在。' },
    );
    if (out)
      setNotice(out.ok ? afterDownload(out.value.result.wechat, `已生成“${out.value.name}”。`) : out.message);
  };
  // The workbook and every photo it names, in one .zip (the photos under the names of the 照片 column).
  const downloadZip = async () => {
    const out = await task.run(
      '正在打包隐患台账和照片…',
      async () => {
        const stored = await getPhotos(hazards.flatMap((h) => h.photos.map((p) => p.id)));
        const { files: photos, missing } = registerPhotoFiles(hazards, stored);
        const files = { [registerFileName(enterprise, today)]: await workbook(), ...photos };
        const name = registerFileName(enterprise, today, 'zip');
        return { name, missing, result: download(await zipBytes(files), name, 'application/zip') };
      },
      { failure: '打包失败', advice: '可以重试，或只下载台账 Excel。台账内容都还在。' },
    );
    if (out)
      setNotice(
        out.ok
          ? afterDownload(
              out.value.result.wechat,
              `已生成“${out.value.name}”（台账 Excel 和照片）。` +
                (out.value.missing
                  ? `有 ${out.value.missing} 张照片不在本浏览器中（在别的设备上拍的），没有打包。`
                  : ''),
            )
          : out.message,
      );
  };
  const downloadIcs = () => {
    const result = download(
      new TextEncoder().encode(registerIcs(hazards, icsStamp(new Date()))),
      '隐患整改时限.ics',
      'text/calendar',
    );
    setNotice(
      afterDownload(
        result.wechat,
        '已生成日历文件“隐患整改时限.ics”：在手机日历中打开即可，每项到期前一天提醒；再次下载会替换原来的提醒。',
      ),
    );
  };

  if (!book || !draft.loaded) return loadingLine;
  return (
    <div class="register not-content" data-ready="true">
      <DraftNotices draft={draft} what="隐患台账" discard />
      {bookProblem && (
        <p class="notice" role="alert">
          {bookProblem}
        </p>
      )}
      <section class="register-now" aria-labelledby="register-now">
        <h2 id="register-now">现在要做的</h2>
        <ul class="register-counts">
          <li data-count="late">
            已逾期 <b>{now.late.length}</b>
          </li>
          <li data-count="due-soon">
            7 天内到期 <b>{now.dueSoon.length}</b>
          </li>
          <li data-count="awaiting">
            待验收 <b>{now.awaitingAcceptance.length}</b>
          </li>
          <li data-count="open">
            未销号 <b>{hazards.filter((h) => h.status !== '已验收').length}</b> / 共 {hazards.length}
          </li>
        </ul>
        {hazards.length === 0 && (
          <p>
            本浏览器中的自查还没有记录隐患。在<a href="/self-check/">企业自查</a>
            中记录的隐患会出现在这里；日常巡查发现的隐患可以在下面“随手记录”。
          </p>
        )}
      </section>
      <section class="register-list" aria-labelledby="register-list">
        <h2 id="register-list">全部隐患</h2>
        <p class="register-filters">
          <Filter
            label="状态"
            value={status}
            onChange={narrow(setStatus)}
            options={registerStatuses.map((s) => [s, s === '已验收' ? '已验收（销号）' : s])}
          />
          <Filter
            label="级别"
            value={level}
            onChange={narrow(setLevel)}
            options={[
              ['重大', '重大事故隐患'],
              ['一般', '一般隐患'],
            ]}
          />
          {owners.length > 0 && (
            <Filter
              label="责任人"
              value={owner}
              onChange={narrow(setOwner)}
              options={owners.map((o) => [o, o])}
            />
          )}
          {areas.length > 0 && (
            <Filter
              label="区域/部位"
              value={area}
              onChange={narrow(setArea)}
              options={areas.map((a) => [a, a])}
            />
          )}
        </p>
        {shown.length < hazards.length && (
          <p role="status">
            显示 {shown.length} 项（共 {hazards.length} 项）
          </p>
        )}
        <ol class="register-hazards">
          {shown.slice(0, limit).map((h) => (
            <HazardCard
              key={h.id}
              h={h}
              late={isLate(h, today)}
              today={today}
              onAccept={(a) => {
                const res = accept(draft.data, h, a);
                if (res.ok) draft.setData(res.draft);
                return res.ok ? [] : res.problems;
              }}
              onWithdraw={() => draft.setData(withdrawAcceptance(draft.data, h.id))}
              walk={
                h.source.kind === 'walk'
                  ? {
                      onProgress: (progress) => draft.setData((d) => updateWalk(d, h.id, { progress })),
                      url: photos.url,
                      onAddPhotos: async (stage, files) => {
                        const ids = await storePhotos(files);
                        if (ids.length) draft.setData((d) => addWalkPhotos(d, h.id, stage, ids));
                      },
                      onRemovePhoto: (id) => {
                        draft.setData((d) => removeWalkPhoto(d, h.id, id));
                        void deletePhoto(id);
                      },
                    }
                  : null
              }
            />
          ))}
        </ol>
        {shown.length > limit && (
          <p>
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              再显示 {Math.min(PAGE, shown.length - limit)} 项（已显示 {limit} 项，共 {shown.length} 项）
            </button>
          </p>
        )}
      </section>
      {photos.problem && (
        <p class="notice" role="alert">
          {photos.problem}
        </p>
      )}
      <WalkForm
        today={today}
        photos={formPhotos}
        url={photos.url}
        onAddPhotos={async (stage, files) => {
          const ids = await storePhotos(files);
          setFormPhotos((p) => [...p, ...ids.map((id) => ({ id, stage }))]);
        }}
        onRemovePhoto={(id) => {
          setFormPhotos((p) => p.filter((x) => x.id !== id));
          void deletePhoto(id);
        }}
        onAdd={(w) => {
          draft.setData((d) => ({ ...d, walk: [...d.walk, { ...w, photos: formPhotos }] }));
          setFormPhotos([]);
        }}
      />
      <RegisterExchange
        shown={shown}
        total={hazards.length}
        draft={draft.data}
        setDraft={(d) => draft.setData(d)}
        book={book}
        setBook={setBook}
        enterprise={enterprise}
        today={today}
        itemLabel={(id) => citations.get(id) ?? id}
      />
      {counts.length > 0 && (
        <section class="register-months" aria-labelledby="register-months">
          <h2 id="register-months">按月统计</h2>
          <div class="register-table-wrap">
            <SheetTable model={months} class="register-month-table" />
          </div>
        </section>
      )}
      <section class="register-outputs" aria-labelledby="register-outputs">
        <h2 id="register-outputs">下载和打印</h2>
        <p>
          <button type="button" class="primary" onClick={downloadXlsx} disabled={task.busy !== ''}>
            下载隐患台账 Excel
          </button>{' '}
          <button type="button" onClick={downloadZip} disabled={task.busy !== ''}>
            下载台账和照片（.zip）
          </button>{' '}
          <button type="button" onClick={downloadIcs}>
            下载整改时限提醒（日历）
          </button>{' '}
          <button type="button" onClick={() => window.print()}>
            打印台账
          </button>
        </p>
        <TaskStatus busy={task.busy} notice={notice} />
        <Annex2Handoff
          layout={annex2}
          what="台账中"
          rows={() =>
            registerAnnex2Rows(
              hazards,
              book.checks,
              (id) => data.plan.sectors.find((s) => s.id === id)?.name ?? id,
            )
          }
        />
      </section>
    </div>
  );
}

/** One filter of the list: 全部 or one value. */
function Filter({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: (readonly [string, string])[];
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">全部</option>
        {options.map(([v, text]) => (
          <option value={v}>{text}</option>
        ))}
      </select>
    </label>
  );
}

function HazardCard({
  h,
  late,
  today,
  onAccept,
  onWithdraw,
  walk,
}: {
  h: RegisterHazard;
  late: boolean;
  today: string;
  onAccept: (a: Acceptance) => string[];
  onWithdraw: () => void;
  /** A walk-round hazard is edited here (整改情况, photos); a self-check's hazard in its self-check. */
  walk: {
    onProgress: (p: WalkHazard['progress']) => void;
    url: (id: string) => string | null;
    onAddPhotos: (stage: PhotoStage, files: FileList | null) => void;
    onRemovePhoto: (id: string) => void;
  } | null;
}) {
  const [form, setForm] = useState<Acceptance>({ by: '', date: today, opinion: '' });
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <li
      id={`hazard-${h.id}`}
      class={`register-hazard${late ? ' late' : ''}`}
      data-hazard={h.id}
      data-status={h.status}
    >
      <p class="register-head">
        <span class={`register-level level-${h.level === '重大' ? 'major' : 'general'}`}>
          {h.level === '重大' ? '重大事故隐患' : '一般隐患'}
        </span>{' '}
        <span class="register-status">{h.status === '已验收' ? '已验收（销号）' : h.status}</span>
        {late && <strong class="register-late">（逾期）</strong>}
      </p>
      <p class="register-description">{h.description}</p>
      <dl class="register-facts">
        <dt>来源</dt>
        <dd>
          {h.source.kind === 'walk' ? (
            '随手记录（日常巡查）'
          ) : (
            <>
              自查：{h.source.citation}（{h.source.checks.map((c) => c.label).join('、')}）{' '}
              <a href="/self-check/">在自查中修改整改情况</a>
            </>
          )}
        </dd>
        <dt>发现日期</dt>
        <dd>{h.foundDate || '未填写'}</dd>
        {h.area && (
          <>
            <dt>区域/部位</dt>
            <dd>{h.area}</dd>
          </>
        )}
        <dt>整改措施</dt>
        <dd>{h.measure || '未填写'}</dd>
        <dt>责任人</dt>
        <dd>{h.owner || '未填写'}</dd>
        <dt>整改时限</dt>
        <dd>{h.deadline || '未填写'}</dd>
        {!walk && (
          <>
            <dt>照片</dt>
            <dd>
              整改前 {h.photos.filter((p) => p.stage === '整改前').length} 张，整改后{' '}
              {h.photos.filter((p) => p.stage === '整改后').length} 张
            </dd>
          </>
        )}
        {h.acceptance && (
          <>
            <dt>验收</dt>
            <dd>
              {h.acceptance.by}，{h.acceptance.date}
              {h.acceptance.opinion && `：${h.acceptance.opinion}`}
            </dd>
          </>
        )}
      </dl>
      {walk && h.status !== '已验收' && (
        <p>
          <label>
            整改情况
            <select
              value={h.status}
              onChange={(e) => walk.onProgress(e.currentTarget.value as WalkHazard['progress'])}
            >
              <option value="未整改">未整改</option>
              <option value="整改中">整改中</option>
              <option value="已整改">已整改</option>
            </select>
          </label>
        </p>
      )}
      {walk && (
        <PhotoField
          itemId={`walk-${h.id}`}
          photos={h.photos}
          url={walk.url}
          onAdd={walk.onAddPhotos}
          onRemove={walk.onRemovePhoto}
          exportedWith="导出台账文件"
        />
      )}
      {h.status === '已整改' && (
        <fieldset class="register-accept">
          <legend>验收销号</legend>
          {problems.length > 0 && (
            <ul class="register-problems" role="alert">
              {problems.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          )}
          <TextField label="验收人" value={form.by} onValue={(by) => setForm({ ...form, by })} />
          <TextField label="验收日期" value={form.date} onValue={(date) => setForm({ ...form, date })} />
          <TextField
            label="验收意见"
            value={form.opinion}
            onValue={(opinion) => setForm({ ...form, opinion })}
          />
          <button type="button" class="primary" onClick={() => setProblems(onAccept(form))}>
            验收并销号
          </button>
        </fieldset>
      )}
      {h.status === '已验收' && (
        <p>
          <button type="button" onClick={onWithdraw}>
            撤销验收
          </button>
        </p>
      )}
    </li>
  );
}

function WalkForm({
  today,
  onAdd,
  photos,
  url,
  onAddPhotos,
  onRemovePhoto,
}: {
  today: string;
  onAdd: (w: WalkHazard) => void;
  photos: PhotoRef[];
  url: (id: string) => string | null;
  onAddPhotos: (stage: PhotoStage, files: FileList | null) => void;
  onRemovePhoto: (id: string) => void;
}) {
  const [w, setW] = useState<WalkHazard>(() => emptyWalkHazard(newId(), today));
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState('');
  const set = (patch: Partial<WalkHazard>) => setW({ ...w, ...patch });
  return (
    <section class="register-walk" aria-labelledby="register-walk">
      <h2 id="register-walk">随手记录一项隐患</h2>
      <p>
        日常巡查发现、不在自查清单里的隐患记在这里，同样跟踪到验收销号。
        <Tag kind="reading" />
        随手记录的是一般隐患：重大事故隐患要对照判定标准的条款认定，请在
        <a href="/self-check/">企业自查</a>中对应的条款下记录。
      </p>
      {problems.length > 0 && (
        <ul class="register-problems" role="alert">
          {problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      )}
      <TextField label="隐患描述" value={w.description} onValue={(description) => set({ description })} />
      <TextField label="区域/部位" value={w.area} onValue={(area) => set({ area })} />
      <TextField label="发现日期" value={w.foundDate} onValue={(foundDate) => set({ foundDate })} />
      <TextField label="整改措施" value={w.measure} onValue={(measure) => set({ measure })} />
      <TextField label="责任人" value={w.owner} onValue={(owner) => set({ owner })} />
      <TextField
        label="整改时限（日期或文字）"
        value={w.deadline}
        onValue={(deadline) => set({ deadline })}
      />
      <PhotoField
        itemId="walk-new"
        photos={photos}
        url={url}
        onAdd={onAddPhotos}
        onRemove={onRemovePhoto}
        exportedWith="导出台账文件"
      />
      <p>
        <button
          type="button"
          class="primary"
          onClick={() => {
            const found = walkProblems(w);
            setProblems(found);
            if (found.length) return;
            onAdd(w);
            setAdded(`已加入台账：${w.description}`);
            setW(emptyWalkHazard(newId(), today));
          }}
        >
          加入台账
        </button>
      </p>
      {added && (
        <p class="notice" role="status">
          {added}
        </p>
      )}
    </section>
  );
}
