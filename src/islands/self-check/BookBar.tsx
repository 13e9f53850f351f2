import { useRef, useState } from 'preact/hooks';
import { download } from '../../lib/browser/download';
import { runLongTask } from '../../lib/browser/long-task';
import {
  addCheck,
  currentCheck,
  duplicateCheck,
  importCheck,
  removeCheck,
  updateCheck,
} from '../../lib/self-check/book';
import { readSelfCheckFile, selfCheckFileName, selfCheckFileText } from '../../lib/self-check/file';
import { newId, selfCheckTitle, type SelfCheckBook } from '../../lib/self-check/record';
import { photosForFile, storeFilePhotos } from '../../lib/browser/photo-db';
import { photoRefsOf, withoutMissingPhotos } from '../../lib/self-check/photos';
import { afterDownload } from '../../lib/browser/wechat';

export interface BookBarProps {
  book: SelfCheckBook;
  setBook: (b: SelfCheckBook) => void;
  today: string;
  saveNote: string;
  /** Items of the open self-check's hazards not yet 已整改 (openHazardItems): what a duplicate carries. */
  carry: readonly string[];
}

/** Which self-check is open; new, rename, duplicate, delete (with confirmation), export and import. */
export function BookBar({ book, setBook, today, saveNote, carry }: BookBarProps) {
  const check = currentCheck(book);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const fresh = () => {
    const now = new Date();
    return { id: newId(now), at: now.toISOString() };
  };
  const exportFile = async () => {
    if (!check) return;
    const out = await runLongTask(
      async () => {
        // A photo taken on another device and never brought here is left out, with its reference.
        const photos = await photosForFile(photoRefsOf(check));
        const whole = withoutMissingPhotos(check, new Set(photos.map((p) => p.id)));
        const text = selfCheckFileText(whole, photos, new Date().toISOString());
        const { wechat } = download(new Blob([text], { type: 'application/json' }), selfCheckFileName(check));
        return { wechat, photos: photos.length };
      },
      { failure: '导出失败', advice: '可以重试；自查内容仍保存在本浏览器中。' },
    );
    setMessage(
      !out.ok
        ? out.message
        : afterDownload(
            out.value.wechat,
            `已导出“${selfCheckFileName(check)}”（含照片 ${out.value.photos} 张）。`,
          ),
    );
  };
  const importFile = async (file: File) => {
    const out = await runLongTask(
      async () => {
        const result = readSelfCheckFile(await file.text(), file.name);
        if ('error' in result) return result;
        const stored = await storeFilePhotos(result.photos);
        setBook(importCheck(book, result.check, fresh().id));
        return { ...result, stored };
      },
      { failure: `导入“${file.name}”失败`, advice: '本浏览器中已有的自查没有改动；请换一个文件重试。' },
    );
    if (!out.ok) return setMessage(out.message);
    const result = out.value;
    if ('error' in result) return setMessage(result.error);
    setMessage(
      `已导入“${selfCheckTitle(result.check)}”${result.photos.length ? `（照片 ${result.stored}/${result.photos.length} 张）` : ''}，并已打开。`,
    );
  };
  return (
    <section class="sc-section sc-book" aria-labelledby="sc-book">
      <h2 id="sc-book">我的自查</h2>
      <div class="sc-row">
        <span>
          <label for="sc-open">打开的自查</label>
          <select
            id="sc-open"
            value={book.current}
            onChange={(e) => {
              setConfirming(false);
              setBook({ ...book, current: (e.currentTarget as HTMLSelectElement).value });
            }}
          >
            {book.checks.map((c) => (
              <option value={c.id}>{selfCheckTitle(c)}</option>
            ))}
          </select>
        </span>
        {check && (
          <span>
            <label for="sc-name">名称（可改，如“一车间 8月”）</label>
            <input
              id="sc-name"
              type="text"
              value={check.name}
              placeholder={selfCheckTitle({ ...check, name: '' })}
              onInput={(e) =>
                setBook(updateCheck(book, check.id, { name: (e.currentTarget as HTMLInputElement).value }))
              }
            />
          </span>
        )}
      </div>
      <p class="sc-actions">
        <button
          type="button"
          onClick={() => {
            const { id, at } = fresh();
            setBook(
              addCheck(
                book,
                id,
                today,
                at,
                check ? { enterprise: check.enterprise, kinds: check.kinds, answers: check.answers } : {},
              ),
            );
            setMessage('已新建一份自查（企业名称和检查范围沿用当前自查）。');
          }}
        >
          新建自查
        </button>
        {check && (
          <>
            <button
              type="button"
              onClick={() => {
                const { id, at } = fresh();
                setBook(duplicateCheck(book, check.id, id, today, at, carry));
                setMessage(`已复制为新的自查：未整改完的隐患带入，其余条目重新检查。`);
              }}
            >
              复制为下一次自查
            </button>
            <button type="button" onClick={exportFile}>
              导出自查文件
            </button>
          </>
        )}
        <button type="button" onClick={() => fileInput.current?.click()}>
          导入自查文件
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          aria-label="选择自查文件"
          tabIndex={-1}
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void importFile(f);
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
        {check && (
          <button type="button" class="sc-danger" onClick={() => setConfirming(true)}>
            删除
          </button>
        )}
      </p>
      {confirming && check && (
        <div class="notice sc-confirm" role="alertdialog" aria-labelledby="sc-confirm-text">
          <p id="sc-confirm-text">
            确定删除“{selfCheckTitle(check)}”吗？删除后不能恢复（可先导出自查文件备份）。
          </p>
          <button
            type="button"
            class="sc-danger"
            onClick={() => {
              setBook(removeCheck(book, check.id));
              setConfirming(false);
              setMessage(`已删除“${selfCheckTitle(check)}”。`);
            }}
          >
            确定删除
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </div>
      )}
      <p class="sc-note" role="status">
        {message || saveNote}
      </p>
    </section>
  );
}
