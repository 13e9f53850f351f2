import { useRef, useState } from 'preact/hooks';
import { runLongTask } from '../../lib/browser/long-task';
import { readFilesInTurn } from '../../lib/table/intake';

export interface FileIntake<T> {
  /** Reads one file's bytes into what the page keeps (a 台账 summary, a received annex…). */
  read: (bytes: Uint8Array, name: string, id: string) => T | Promise<T>;
  /** What a file the browser cannot read (moved, deleted) becomes: a row saying so. */
  unreadable: (name: string, id: string, message: string) => T;
  /** The batch, read, in the order chosen; `next` is the number of the next file id. */
  added: (files: T[], next: number) => void;
  /** Said when something went wrong with the batch itself (the files added before stay). */
  notice: (message: string) => void;
}

/**
 * Reading a batch of chosen or dropped files (汇总, 由台账汇总附件4): one at a time with the page kept
 * responsive, progress said, ids f1, f2… that stay unique across batches and reloads (`nextId`), a second
 * batch refused while one is read, and a failed batch said without losing what was added before.
 */
export function useFileIntake<T>({ read, unreadable, added, notice }: FileIntake<T>) {
  const [progress, setProgress] = useState('');
  const [busy, setBusy] = useState(false);
  const reading = useRef(false);
  const nextId = useRef(1);
  const addFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    if (reading.current)
      return notice(`正在读取上一批文件，这次选择的 ${list.length} 个文件没有加入；读完后请再加入。`);
    reading.current = true;
    setBusy(true);
    const picked = [...list];
    const first = nextId.current;
    nextId.current += picked.length;
    const idOf = (i: number) => `f${first + i}`;
    const out = await runLongTask(
      () =>
        readFilesInTurn(picked, (bytes, name, i) => read(bytes, name, idOf(i)), {
          progress: (done, total, name) =>
            setProgress(done < total ? `正在读取第 ${done + 1} / ${total} 个文件：${name}` : ''),
          failed: (name, i, message) => unreadable(name, idOf(i), message),
        }),
      { failure: '读取失败', advice: '这一批文件没有加入，请重新加入。之前加入的文件都还在。' },
    );
    reading.current = false;
    setBusy(false);
    if (out.ok) {
      added(out.value, nextId.current);
      setProgress(`已读取 ${picked.length} 个文件。`);
      notice('');
    } else {
      setProgress('');
      notice(out.message);
    }
  };
  return { addFiles, progress, setProgress, busy, nextId };
}
