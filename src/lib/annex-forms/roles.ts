import type { AnnexLayout, AnnexRole } from '../../schemas/annex-layout';

/**
 * The one place that asks which form plays which part (content/annexes/*.yaml `roles`). Pages and features call
 * these instead of comparing ids, so a next year's plan that renumbers its annexes changes only the YAML.
 */

/** Whether a form has a role. */
export const hasRole = (layout: Pick<AnnexLayout, 'roles'>, role: AnnexRole) => layout.roles.includes(role);

/** Every form with a role, in the order given. */
export const layoutsWithRole = <L extends Pick<AnnexLayout, 'roles'>>(
  layouts: readonly L[],
  role: AnnexRole,
) => layouts.filter((l) => hasRole(l, role));

/** The one form with a role; a clear error when none or several claim it (a content mistake, found at build). */
export function layoutWithRole<L extends Pick<AnnexLayout, 'roles' | 'id'>>(
  layouts: readonly L[],
  role: AnnexRole,
): L {
  const found = layoutsWithRole(layouts, role);
  if (found.length !== 1)
    throw new Error(
      found.length === 0
        ? `content/annexes/ 中没有表单声明用途 ${role}（roles）`
        : `用途 ${role} 由多个表单声明：${found.map((l) => l.id).join('、')}；只能有一个`,
    );
  return found[0]!;
}
