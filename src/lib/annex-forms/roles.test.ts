import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annexRoles } from '../../schemas/annex-layout';
import { loadLayoutsFromFiles } from '../table/load-layouts-node';
import { hasRole, layoutsWithRole, layoutWithRole } from './roles';

const layouts = Object.values(loadLayoutsFromFiles(path.resolve(__dirname, '../../..')));

describe('annex roles, declared in the YAML', () => {
  it('the plan’s annexes play the parts the site gives them', () => {
    expect(layoutsWithRole(layouts, 'summary').map((l) => l.number)).toEqual([1, 2, 5]);
    expect(layoutWithRole(layouts, 'self-check-counts').number).toBe(1);
    expect(layoutWithRole(layouts, 'self-check-hazards').number).toBe(2);
    expect(layoutWithRole(layouts, 'confined-space-ledger').number).toBe(3);
    expect(layoutWithRole(layouts, 'confined-space-statistics').number).toBe(4);
  });
  it('every role but summary belongs to exactly one form', () => {
    for (const role of annexRoles.filter((r) => r !== 'summary'))
      expect(() => layoutWithRole(layouts, role)).not.toThrow();
  });
  it('says in Chinese when no form or two forms claim a role', () => {
    const a = { id: 'a', roles: ['summary' as const] };
    const b = { id: 'b', roles: ['summary' as const] };
    expect(() => layoutWithRole([], 'summary')).toThrow('没有表单声明用途 summary');
    expect(() => layoutWithRole([a, b], 'summary')).toThrow('由多个表单声明：a、b');
    expect(hasRole(a, 'summary')).toBe(true);
    expect(hasRole({ roles: [] }, 'summary')).toBe(false);
  });
});
