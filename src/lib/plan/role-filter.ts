/** Roles a reader can filter the reporting list by. */
export const filterRoles = ['all', 'enterprise', 'county'] as const;
export type FilterRole = (typeof filterRoles)[number];

/** Reads ?role=… ; anything unknown means all. */
export function roleFromSearch(search: string): FilterRole {
  const role = new URLSearchParams(search).get('role');
  return (filterRoles as readonly string[]).includes(role ?? '') ? (role as FilterRole) : 'all';
}

/** Whether an item whose data-roles is `roles` (space-separated) shows under `role`. */
export function matchesRole(roles: string, role: string): boolean {
  return role === 'all' || roles.split(/\s+/).includes(role);
}

/** Hides the items that do not match; returns how many remain shown. */
export function applyRoleFilter(
  items: { dataset: DOMStringMap; hidden: HTMLElement['hidden'] }[],
  role: string,
): number {
  let shown = 0;
  for (const item of items) {
    item.hidden = !matchesRole(item.dataset.roles ?? '', role);
    if (!item.hidden) shown++;
  }
  return shown;
}

/** The heading of the reporting list under a role filter: 全部报送事项 / 企业的报送事项 / …. */
export function listHeading(role: string): string {
  if (role === 'enterprise') return '企业的报送事项';
  if (role === 'county') return '县（市、区）应急管理局的报送事项';
  return '全部报送事项';
}
