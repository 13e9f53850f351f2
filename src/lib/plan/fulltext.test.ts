import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, buildFullText, contactLines, footerLines } from './fulltext';
import { loadPlanFromFiles } from './load-plan-node';
import { normaliseWhitespace, sourceParagraphs } from '../common/source-text';

const root = path.resolve(__dirname, '../../..');
const plan = loadPlanFromFiles(root);
const markdown = readFileSync(path.join(root, 'content/source/plan.md'), 'utf-8');
const source = sourceParagraphs(markdown);
const blocks = buildFullText(plan);
const published = readFileSync(path.join(root, 'content/source/published-pdf-text.txt'), 'utf-8');

describe('行动方案全文 rebuilt from content/ is the published text', () => {
  it('has as many paragraphs as the transcription', () => {
    expect(source.length).toBeGreaterThan(60);
    expect(blocks.map(blockText).length).toBe(source.length);
  });

  it('matches the transcription paragraph by paragraph, normalising only whitespace', () => {
    const rebuilt = blocks.map((b) => normaliseWhitespace(blockText(b)));
    source.forEach((paragraph, i) => {
      expect(rebuilt[i], `第 ${i + 1} 段`).toBe(normaliseWhitespace(paragraph));
    });
  });

  it('contains every sentence of the plan body verbatim', () => {
    const all = normaliseWhitespace(blocks.map(blockText).join(''));
    const sentences = source
      .flatMap((p) => p.split(/(?<=[。；：])/))
      .map(normaliseWhitespace)
      .filter(Boolean);
    expect(sentences.length).toBeGreaterThan(130);
    for (const s of sentences) expect(all).toContain(s);
  });

  it('gives every paragraph and requirement item a unique, stable anchor', () => {
    const ids = [
      ...blocks.map((b) => b.id),
      ...blocks.flatMap((b) => b.parts.map((p) => p.id).filter(Boolean)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('gas-alarm');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('prints the footer as the document does', () => {
    expect(markdown).toContain('晋城市应急管理局办公室 2025年5月26日印发');
    expect(footerLines(plan)).toEqual([
      '抄送：省应急管理厅、市政府办公室。',
      '晋城市应急管理局办公室　　2025年5月26日印发',
    ]);
  });

  it('keeps the published punctuation and spacing where the PDF is irregular', () => {
    const all = blocks.map(blockText).join('\n');
    // Half-width colon and semicolon in the “六必须” paragraph, as published.
    expect(all).toContain('作业期间应严格做到“六必须”:必须清理');
    expect(all).toContain('保障消防用水;必须在现场');
    expect(markdown).toContain('“六必须”:必须清理');
    expect(markdown).toContain('保障消防用水;必须在现场');
    expect(published).toContain('“六必须”:必须清理');
  });

  it('quotes the contact block line by line as the PDF prints it', () => {
    const lines = contactLines(plan).map((l) => l.text);
    expect(lines).toEqual([
      '联 系 人：库盛（冶金工贸行业）、石继伟（非煤矿山行业）',
      '联系电话：2217654',
      '邮 箱：aj2k513@163.com',
    ]);
    for (const line of lines) {
      expect(published.split(/\r?\n/).map((l) => l.trim())).toContain(line);
      expect(markdown.split(/\r?\n/)).toContain(line);
    }
  });
});
