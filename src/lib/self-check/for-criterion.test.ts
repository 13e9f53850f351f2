import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaItems } from '../criteria/criteria';
import { loadSelfCheckFromFiles } from './load-node';
import { parseChecklistQuery } from './query';
import { selectSelfCheck } from './select';
import { selfCheckFor, selfCheckHref } from './for-criterion';

const data = loadSelfCheckFromFiles(path.resolve(__dirname, '../../..'));
const known = data.plan.sectors.map((s) => s.id);

describe('用这一条自查: a self-check that lists the criterion', () => {
  it('exists for every 第10号令 and mine item, and its address really lists it', () => {
    for (const item of criteriaItems(data.criteria)) {
      const href = selfCheckHref(data, item.id);
      expect(href, item.id).not.toBeNull();
      const { kinds, answers } = parseChecklistQuery(
        href!.replace('/self-check/', ''),
        known,
        data.questions,
      );
      expect(
        selectSelfCheck(data, kinds, answers).criteria.some((c) => c.item.id === item.id),
        item.id,
      ).toBe(true);
    }
  });

  it('uses the kind and the answer that decide it', () => {
    expect(selfCheckFor(data, 'mem10-4-6')).toEqual({
      kinds: [expect.any(String)],
      answers: { 'mem10-industry': ['metallurgy'] },
    });
    expect(selfCheckHref(data, 'mem10-3-3')).toBe('/self-check/?kinds=metal-smelting');
    expect(selfCheckFor(data, 'no-such-item')).toBeNull();
  });
});
