import { useRef, useState } from 'preact/hooks';
import type { AnnexLayout } from '../../../schemas/annex-layout';
import type { AnnexData } from '../../../lib/table/data';

export type ImportState =
  | { state: 'idle' }
  | { state: 'failed'; fileName: string; errors: { message: string }[] }
  | { state: 'ready'; fileName: string; data: AnnexData; notes: string[] };

/** Reading a picked file (the readers load on first use); the result waits for 确认导入. */
export function useImport(layout: AnnexLayout, hooks: { busy: (text: string) => void; focus: () => void }) {
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (file: File) => {
    hooks.busy(`正在读取“${file.name}”…`);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { importAnnexFile } = await import('../../../lib/table/import/file');
      const result = await importAnnexFile(layout, bytes, file.name);
      if (result.data)
        setImported({ state: 'ready', fileName: file.name, data: result.data, notes: result.notes ?? [] });
      else setImported({ state: 'failed', fileName: file.name, errors: result.errors });
      hooks.focus();
    } catch (e) {
      setImported({
        state: 'failed',
        fileName: file.name,
        errors: [{ message: `文件“${file.name}”无法读取：${(e as Error).message}` }],
      });
    } finally {
      hooks.busy('');
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return { imported, setImported, fileInput, onFile };
}
