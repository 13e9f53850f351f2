import { describe, expect, it } from 'vitest';
import { applyRoleFilter, listHeading, matchesRole, roleFromSearch } from './role-filter';

describe('filtering reporting obligations by role', () => {
  it('reads the role from the link', () => {
    expect(['?role=county', '?role=enterprise', '?role=mayor', ''].map(roleFromSearch)).toEqual([
      'county',
      'enterprise',
      'all',
      'all',
    ]);
  });
  it('matches whole role names only', () => {
    expect(matchesRole('county enterprise', 'county')).toBe(true);
    expect(matchesRole('enterprise', 'county')).toBe(false);
    expect(matchesRole('enterprise', 'all')).toBe(true);
  });
  it('hides what does not match and counts what stays', () => {
    const items = [
      { dataset: { roles: 'enterprise' }, hidden: false },
      { dataset: { roles: 'county' }, hidden: false },
      { dataset: { roles: 'county enterprise' }, hidden: false },
    ];
    expect(applyRoleFilter(items, 'county')).toBe(2);
    expect(items.map((i) => i.hidden)).toEqual([true, false, false]);
    expect(applyRoleFilter(items, 'all')).toBe(3);
    expect(items.every((i) => !i.hidden)).toBe(true);
  });
});

describe('the list heading follows the filter', () => {
  it('names the role, or says 全部', () => {
    expect(listHeading('enterprise')).toBe('企业的报送事项');
    expect(listHeading('county')).toBe('县（市、区）应急管理局的报送事项');
    expect(listHeading('all')).toBe('全部报送事项');
  });
});
