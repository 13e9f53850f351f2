import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheckFromFiles } from './load-node';
import { parseSelection, selectionToQuery } from '../plan/plan';
import { answersToQuery, parseAnswers } from './query';
import { selectSelfCheck } from './select';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const known = data.plan.sectors.map((s) => s.id);

describe('answers in a link', () => {
  it('reads known questions and options, in data order, and ignores the rest', () => {
    expect(
      parseAnswers(
        '?kinds=metal-smelting&mem10-industry=nonferrous,steel,metallurgy&liquid-ammonia=&x=1',
        data.questions,
      ),
    ).toEqual({ 'mem10-industry': ['metallurgy', 'nonferrous'] });
    expect(parseAnswers('liquid-ammonia=yes,no', data.questions)).toEqual({ 'liquid-ammonia': ['yes'] });
    expect(parseAnswers('', data.questions)).toEqual({});
  });

  it('round-trips with the sector selection, giving the same lists', () => {
    const answers = { 'mine-kind': ['tailings', 'underground'], 'mem10-industry': ['machinery'] };
    const query = `${selectionToQuery(['non-coal-mine', 'metal-smelting'], known)}&${answersToQuery(answers, data.questions)}`;
    expect(query).toBe(
      '?kinds=metal-smelting,non-coal-mine&mem10-industry=machinery&mine-kind=underground,tailings',
    );
    const kinds = parseSelection(query, known);
    const again = selectSelfCheck(data, kinds, parseAnswers(query, data.questions));
    const first = selectSelfCheck(data, ['metal-smelting', 'non-coal-mine'], answers);
    expect(again.criteria.map((c) => c.item.id)).toEqual(first.criteria.map((c) => c.item.id));
    expect(again.criteria.length).toBe(3 + 7 + 1 + 36 + 21);
    expect(answersToQuery({}, data.questions)).toBe('');
  });
});
