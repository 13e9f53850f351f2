import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheckFromFiles } from '../self-check/load-node';
import { normaliseQuery, parseChecklistQuery } from '../self-check/query';
import { slideFromHash, slideHash, trainingHref } from './url';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const known = data.plan.sectors.map((s) => s.id);

describe('training addresses', () => {
  it('one address per list', () => {
    expect(trainingHref({ kind: 'plan' })).toBe('/training/plan/');
    expect(trainingHref({ kind: 'sector', sector: 'metal-smelting' })).toBe(
      '/training/sectors/metal-smelting/',
    );
    expect(
      trainingHref(
        {
          kind: 'checklist',
          kinds: ['cold-storage', 'metal-smelting'],
          answers: { 'mem10-industry': ['nonferrous', 'metallurgy'], 'liquid-ammonia': ['yes'] },
        },
        data.questions,
        known,
      ),
    ).toBe(
      '/training/checklist/?kinds=metal-smelting,cold-storage&mem10-industry=metallurgy,nonferrous&liquid-ammonia=yes',
    );
    expect(trainingHref({ kind: 'checklist', kinds: [], answers: {} }, data.questions, known)).toBe(
      '/training/checklist/',
    );
  });

  it('reads a checklist address in the link form and in the form a plain HTML form sends', () => {
    const link = '?kinds=metal-smelting,cold-storage&mem10-industry=metallurgy&liquid-ammonia=yes';
    const form =
      '?kinds=metal-smelting&kinds=cold-storage&mem10-industry=metallurgy&liquid-ammonia=yes&mine-kind=';
    const expected = {
      kinds: ['metal-smelting', 'cold-storage'],
      answers: { 'mem10-industry': ['metallurgy'], 'liquid-ammonia': ['yes'] },
    };
    expect(parseChecklistQuery(link, known, data.questions)).toEqual(expected);
    expect(parseChecklistQuery(form, known, data.questions)).toEqual(expected);
    expect(normaliseQuery(form)).toBe(
      '?kinds=metal-smelting,cold-storage&mem10-industry=metallurgy&liquid-ammonia=yes',
    );
    expect(normaliseQuery('')).toBe('');
  });

  it('#N opens screen N; a slide id opens that screen; anything else opens nothing', () => {
    const ids = ['title', 'gas-alarm', 'gas-water-seal'];
    expect(slideHash(0)).toBe('#1');
    expect(slideFromHash('#1', ids)).toBe(0);
    expect(slideFromHash('#3', ids)).toBe(2);
    expect(slideFromHash('#99', ids)).toBe(2);
    expect(slideFromHash('#gas-alarm', ids)).toBe(1);
    expect(slideFromHash('#0', ids)).toBeNull();
    expect(slideFromHash('', ids)).toBeNull();
    expect(slideFromHash('#', ids)).toBeNull();
    expect(slideFromHash('#top', ids)).toBeNull();
    expect(slideFromHash('#%E0%A4%A', ids)).toBeNull();
    expect(slideFromHash('#1', [])).toBeNull();
  });
});
