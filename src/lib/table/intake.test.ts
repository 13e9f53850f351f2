import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { annexDraftStore, draftKey } from './annex-draft';
import { emptyAnnex, setCell, setField } from './data';
import { loadLayoutsFromFiles } from './load-layouts-node';
import {
  chosenCandidate,
  handOverToForm,
  duplicateGroups,
  includedNote,
  NONE_CHOSEN,
  normName,
  readFilesInTurn,
  sourcesSheet,
  SOURCES_SHEET,
} from './intake';
import { memoryStorage } from '../browser/memory-storage';

const file = (name: string, text: string) => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});

describe('readFilesInTurn', () => {
  it('reads every file in order, reports progress, and pauses only when a time slice has passed', async () => {
    let clock = 0;
    const pauses: number[] = [];
    const progress: string[] = [];
    const out = await readFilesInTurn(
      [file('a', 'x'), file('b', 'yy'), file('c', 'zzz'), file('d', '')],
      (bytes, name, i) => {
        clock += name === 'b' ? 50 : 1; // reading b takes a whole slice
        return `${i}:${name}:${bytes.length}`;
      },
      {
        progress: (done, total, name) => progress.push(`${done}/${total}${name}`),
        sliceMs: 40,
        now: () => clock,
        pause: async () => {
          pauses.push(clock);
        },
      },
    );
    expect(out).toEqual(['0:a:1', '1:b:2', '2:c:3', '3:d:0']);
    expect(progress).toEqual(['0/4a', '1/4b', '2/4c', '3/4d', '4/4']);
    // Before the first file, and before c (after b took 50 ms); not before b or d.
    expect(pauses).toEqual([0, 51]);
  });
});

describe('a file the browser cannot read', () => {
  it('becomes what `failed` makes of it, and the others are still read', async () => {
    const gone = { name: 'gone.xlsx', arrayBuffer: () => Promise.reject(new Error('NotFoundError')) };
    const out = await readFilesInTurn([file('a', 'x'), gone, file('c', 'zz')], (b, n) => `${n}:${b.length}`, {
      failed: (name, i, message) => `${i}:${name} ${message}`,
      pause: async () => {},
    });
    expect(out).toEqual(['a:1', '1:gone.xlsx NotFoundError', 'c:2']);
    await expect(readFilesInTurn([gone], () => 'x', { pause: async () => {} })).rejects.toThrow(
      'NotFoundError',
    );
  });
});

describe('duplicates', () => {
  it('groups by key, keeping only keys seen twice', () => {
    const g = duplicateGroups(['a1', 'b1', 'a2', 'c1', 'a3'], (s) => s[0]!);
    expect([...g]).toEqual([['a', ['a1', 'a2', 'a3']]]);
    expect(normName(' 晋城（甲）公司 ')).toBe(normName('晋城(甲)公司'));
  });
  it('the user’s choice counts; else the unique latest 填报日期; else none', () => {
    const group = [
      { id: 'f1', date: '2025-06-20', order: 0 },
      { id: 'f2', date: '2025/7/1', order: 1 },
      { id: 'f3', date: '', order: 2 },
    ];
    expect(chosenCandidate(group, undefined)).toEqual({ id: 'f2', by: 'latest' });
    expect(chosenCandidate(group, 'f3')).toEqual({ id: 'f3', by: 'user' });
    expect(chosenCandidate(group, NONE_CHOSEN)).toEqual({ id: null, by: 'user' });
    expect(chosenCandidate(group, 'gone')).toEqual({ id: 'f2', by: 'latest' });
    expect(chosenCandidate([group[0]!, { ...group[1]!, date: '2025-06-20' }], undefined)).toEqual({
      id: null,
      by: null,
    });
    expect(chosenCandidate([group[2]!, { ...group[2]!, id: 'f4' }], undefined)).toEqual({
      id: null,
      by: null,
    });
  });
});

describe('来源文件 and the count', () => {
  it('says how many files are included out of how many', () => {
    expect(includedNote('文件', 3, 5)).toBe('合计包括 3 个文件（共 5 个，2 个未计入）');
    expect(includedNote('台账文件', 2, 2)).toBe('合计包括 2 个台账文件（共 2 个）');
  });
  it('is a sheet named 来源文件 ending with the count note', () => {
    const s = sourcesSheet({
      title: 't',
      table: {
        columns: [{ key: 'file', header: '文件名', type: 'text', required: false }],
        header: [{ column: 'file' }],
      },
      rows: [{ file: 'a.xlsx' }],
      note: includedNote('文件', 1, 1),
    });
    expect(s.name).toBe(SOURCES_SHEET);
    expect(s.rows.at(-1)![0]!.value).toBe(
      '合计包括 1 个文件（共 1 个）。未计入的文件不在第一张工作表的数字里。',
    );
  });
});

describe('handOverToForm (在表单中打开)', () => {
  const annex1 = loadLayoutsFromFiles(path.resolve(__dirname, '../../..')).annex1;
  const memory = () => memoryStorage();
  const combined = () => {
    const empty = emptyAnnex(annex1);
    return setCell(empty, empty.rows[0]!.id, 'self-general', '9');
  };
  const keepFields = (existing: ReturnType<typeof emptyAnnex> | null) => {
    const result = combined();
    return existing ? { ...result, fields: existing.fields } : result;
  };

  it('saves the result at once when the form is empty', () => {
    const storage = memory();
    expect(handOverToForm(annexDraftStore(storage, 'annex1'), '附件1', keepFields)).toEqual({
      status: 'saved',
    });
    expect(annexDraftStore(storage, 'annex1').load()).toMatchObject({ status: 'loaded' });
  });

  it('asks before replacing a draft with content, then keeps its 填报 fields', () => {
    const storage = memory();
    annexDraftStore(storage, 'annex1').save(setField(emptyAnnex(annex1), 'unit', '泽州县应急管理局'));
    const before = storage.data.get(draftKey('annex1'));
    expect(handOverToForm(annexDraftStore(storage, 'annex1'), '附件1', keepFields)).toEqual({
      status: 'confirm',
    });
    expect(storage.data.get(draftKey('annex1')), 'nothing replaced before the answer').toBe(before);
    expect(handOverToForm(annexDraftStore(storage, 'annex1'), '附件1', keepFields, true)).toEqual({
      status: 'saved',
    });
    const after = annexDraftStore(storage, 'annex1').load();
    expect(after.status === 'loaded' && after.data.fields.unit).toBe('泽州县应急管理局');
    expect(after.status === 'loaded' && after.data.rows[0]!.cells['self-general']).toBe('9');
  });

  it('leaves a draft it cannot read as it is, and says so', () => {
    const storage = memory();
    storage.setItem(draftKey('annex1'), '{not json');
    expect(handOverToForm(annexDraftStore(storage, 'annex1'), '附件1', keepFields, true)).toEqual({
      status: 'problem',
      message: '附件1草稿无法读取：草稿不是有效的数据',
    });
    expect(storage.data.get(draftKey('annex1'))).toBe('{not json');
  });
});
