import { useState } from 'preact/hooks';
import { download } from '../../lib/browser/download';
import { photosForFile, storeFilePhotos } from '../../lib/browser/photo-db';
import { browserStorage } from '../../lib/browser/storage';
import { afterDownload } from '../../lib/browser/wechat';
import { DraftStore } from '../../lib/table/draft';
import {
  readRegisterFile,
  registerExportName,
  registerFilePart,
  registerFileParts,
  withoutMissingPhotos,
  type RegisterFile,
} from '../../lib/register/file';
import {
  applyRegisterMerge,
  planRegisterMerge,
  unchosen,
  type MergePlan,
  type RegisterSide,
  type Side,
} from '../../lib/register/merge';
import type { RegisterDraft, RegisterHazard } from '../../lib/register/register';
import { selfCheckDraftSpec, type SelfCheckBook } from '../../lib/self-check/record';
import { FileDrop } from '../common/FileDrop';
import { TaskStatus } from '../common/TaskStatus';
import { useLongTask } from '../common/useLongTask';

/**
 * Several people, no server: the register (or what the filter shows) as a file for a colleague, and a
 * colleague's file merged in — what only the file has is added, what differs is shown side by side and
 * changes only when a side is chosen for it.
 */
export function RegisterExchange({
  shown,
  total,
  draft,
  setDraft,
  book,
  setBook,
  enterprise,
  today,
  itemLabel,
}: {
  /** The hazards the filter shows (all when none is set): what the file holds. */
  shown: readonly RegisterHazard[];
  total: number;
  draft: RegisterDraft;
  setDraft: (d: RegisterDraft) => void;
  book: SelfCheckBook;
  setBook: (b: SelfCheckBook) => void;
  enterprise: string;
  today: string;
  itemLabel: (itemId: string) => string;
}) {
  const task = useLongTask();
  const [notice, setNotice] = useState('');
  const [incoming, setIncoming] = useState<{ name: string; file: RegisterFile } | null>(null);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [problem, setProblem] = useState('');

  const exportFile = async () => {
    const out = await task.run(
      '正在生成隐患台账文件…',
      async () => {
        const part = registerFilePart(shown, draft, book.checks);
        const photos = await photosForFile(part.photos);
        const whole = withoutMissingPhotos(part, new Set(photos.map((p) => p.id)));
        const name = registerExportName(enterprise, today);
        const parts = registerFileParts({
          exportedAt: new Date().toISOString(),
          enterprise,
          register: whole.register,
          checks: whole.checks,
          photos,
        });
        const result = download(new Blob(parts, { type: 'application/json' }), name);
        return { name, result, missing: part.photos.length - photos.length };
      },
      { failure: '导出失败', advice: '可以重试。台账内容都还在。' },
    );
    if (out)
      setNotice(
        out.ok
          ? afterDownload(
              out.value.result.wechat,
              `已导出“${out.value.name}”（${shown.length === total ? '全部' : '当前筛选的'} ${shown.length} 项隐患，` +
                `含来源自查和照片）。` +
                (out.value.missing ? `有 ${out.value.missing} 张照片不在本浏览器中，没有导出。` : ''),
            )
          : out.message,
      );
  };

  /** This browser's side, read fresh (another tab may have saved since the page opened). */
  const localSide = ():
    { side: RegisterSide; store: DraftStore<SelfCheckBook>; book: SelfCheckBook } | string => {
    const store = new DraftStore(browserStorage(), selfCheckDraftSpec);
    const loaded = store.load();
    if (loaded.status === 'unavailable' || loaded.status === 'unreadable')
      return `本浏览器中的自查无法读取（${loaded.message}），没有合并。`;
    const fresh = loaded.status === 'loaded' ? loaded.data : { current: '', checks: [] };
    return { side: { register: draft, checks: fresh.checks }, store, book: fresh };
  };

  const read = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setProblem('');
    setNotice('');
    const result = readRegisterFile(await file.text(), file.name);
    if ('error' in result) {
      setProblem(result.error);
      return;
    }
    const local = localSide();
    if (typeof local === 'string') {
      setProblem(local);
      return;
    }
    setIncoming({ name: file.name, file: result });
    setChoices({});
    setPlan(planRegisterMerge(local.side, result, itemLabel));
  };

  const merge = async () => {
    if (!incoming) return;
    const local = localSide();
    if (typeof local === 'string') return setProblem(local);
    // Planned again on what is stored now: a difference that appeared since is asked about first.
    const fresh = planRegisterMerge(local.side, incoming.file, itemLabel);
    const left = unchosen(fresh, choices);
    if (left) {
      setPlan(fresh);
      return setProblem(left);
    }
    // Photos first: a reference is saved only once its photo is stored.
    if ((await storeFilePhotos(incoming.file.photos)) < incoming.file.photos.length)
      return setProblem('浏览器不允许本站保存照片（可能是无痕/隐私模式或存储已满），没有合并。');
    const merged = applyRegisterMerge(local.side, incoming.file, choices);
    const nextBook = { ...local.book, checks: [...merged.checks] };
    const saved = local.store.save(nextBook);
    if (saved.status !== 'saved')
      return setProblem(
        `自查没有保存，没有合并：${'message' in saved ? saved.message : '自查在另一个标签页中正被修改，请关闭它后重试。'}`,
      );
    setBook(nextBook);
    setDraft(merged.register);
    const added = fresh.added;
    setNotice(
      `已合并“${incoming.name}”：新增随手记录 ${added.walk} 项、自查 ${added.checks} 次、自查条目 ${added.results} 条、` +
        `验收 ${added.acceptance} 项；${fresh.conflicts.length} 处不同按你的选择处理；${fresh.same} 处相同未变。`,
    );
    setIncoming(null);
    setPlan(null);
    setProblem('');
  };

  return (
    <section class="register-exchange" aria-labelledby="register-exchange">
      <h2 id="register-exchange">与同事交换台账</h2>
      <p>
        几个人分别在手机上记录时，把台账导出成文件发给同事，对方在这里合并：同一项隐患合并为一项，两边不同的地方逐项列出，由你选择保留哪一边，
        不会悄悄覆盖。文件中带着隐患的来源自查和照片，只在你们之间传递，不经过任何服务器。
      </p>
      <p>
        <button type="button" onClick={exportFile} disabled={task.busy !== ''}>
          导出台账文件（{shown.length === total ? `全部 ${total} 项` : `当前筛选的 ${shown.length} 项`}）
        </button>
      </p>
      <TaskStatus busy={task.busy} notice={notice} />
      <FileDrop accept=".json,application/json" onFiles={read} progress="" notice="">
        合并同事的台账文件（.json）：点此选择，或把文件拖到这里
      </FileDrop>
      {problem && (
        <p class="notice register-problems" role="alert">
          {problem}
        </p>
      )}
      {incoming && plan && (
        <MergeReview
          name={incoming.name}
          plan={plan}
          choices={choices}
          choose={(key, side) => setChoices({ ...choices, [key]: side })}
          onMerge={merge}
          onCancel={() => {
            setIncoming(null);
            setPlan(null);
            setProblem('');
          }}
        />
      )}
    </section>
  );
}

/** What a merge would do, each difference side by side with its choice (GOV.UK “check answers”). */
function MergeReview({
  name,
  plan,
  choices,
  choose,
  onMerge,
  onCancel,
}: {
  name: string;
  plan: MergePlan;
  choices: Record<string, Side>;
  choose: (key: string, side: Side) => void;
  onMerge: () => void;
  onCancel: () => void;
}) {
  const { added } = plan;
  const nothing = added.walk + added.acceptance + added.checks + added.results + plan.conflicts.length === 0;
  return (
    <div class="register-merge" role="region" aria-label="合并预览">
      <h3>合并“{name}”之前请确认</h3>
      <ul>
        <li>
          新增：随手记录 {added.walk} 项、自查 {added.checks} 次、已有自查中的条目 {added.results} 条、验收{' '}
          {added.acceptance} 项
        </li>
        <li>两边相同：{plan.same} 处（不变）</li>
        <li>
          两边不同：{plan.conflicts.length} 处{plan.conflicts.length > 0 && '（请逐项选择保留哪一边）'}
        </li>
      </ul>
      {plan.conflicts.map((c) => (
        <fieldset class="register-conflict" data-conflict={c.key}>
          <legend>{c.title}</legend>
          <div class="register-table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">本机</th>
                  <th scope="col">文件</th>
                </tr>
              </thead>
              <tbody>
                {c.fields.map((f) => (
                  <tr>
                    <th scope="row">{f.label}</th>
                    <td>{f.local || '（空）'}</td>
                    <td>{f.incoming || '（空）'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="register-choice">
            <label>
              <input
                type="radio"
                name={`choice-${c.key}`}
                checked={choices[c.key] === 'local'}
                onChange={() => choose(c.key, 'local')}
              />
              保留本机
            </label>
            <label>
              <input
                type="radio"
                name={`choice-${c.key}`}
                checked={choices[c.key] === 'incoming'}
                onChange={() => choose(c.key, 'incoming')}
              />
              采用文件
            </label>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" class="primary" onClick={onMerge} disabled={nothing}>
          {nothing ? '文件中没有要合并的内容' : '合并'}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </p>
    </div>
  );
}
