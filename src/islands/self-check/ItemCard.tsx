import { hazardDescription, hazardLevel, isOverdue } from '../../lib/self-check/hazards';
import type { CheckItem } from '../../lib/self-check/items';
import { hazardLevels, itemStatuses, progressStates, type ItemResult } from '../../lib/self-check/record';
import type { ComponentChildren } from 'preact';

export interface ItemCardProps {
  item: CheckItem;
  result: ItemResult;
  today: string;
  /** Source labels of the linked items, by id. */
  linkedLabel: (id: string) => string;
  onChange: (patch: Partial<ItemResult>) => void;
  photos?: ComponentChildren;
}

/** One item: verbatim text, source, who it applies to, status, and on 不符合 the hazard's record. */
export function ItemCard({ item, result, today, linkedLabel, onChange, photos }: ItemCardProps) {
  const name = `st-${item.id}`;
  const failed = result.status === '不符合';
  const { level, fixed } = hazardLevel(item, result);
  const overdue = isOverdue(result, today);
  const field = (key: keyof ItemResult) => `${item.id}-${key}`;
  const text = (key: 'measure' | 'owner' | 'deadline' | 'remark') => ({
    id: field(key),
    value: (result[key] as string | undefined) ?? '',
    onInput: (e: Event) => onChange({ [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <article
      id={`item-${item.id}`}
      class={`sc-item sc-status-${itemStatuses.indexOf(result.status)}${overdue ? ' sc-overdue' : ''}`}
      data-item={item.id}
      data-status={result.status}
    >
      {item.lead && <p class="sc-lead">{item.lead}</p>}
      <p class="sc-text">{item.text}</p>
      {item.subItems.length > 0 && (
        <ol class="sc-sub">
          {item.subItems.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
      )}
      <p class="sc-meta">
        <span>
          出处：
          {item.href ? <a href={item.href}>{item.source}</a> : item.source}
        </span>
        {item.label && (
          <span>
            <span class="summary-tag">摘要</span>
            {item.label}
          </span>
        )}
        <span>适用：{item.appliesTo}</span>
        {item.criterion && <span class="sc-major-tag">不符合即为重大事故隐患</span>}
      </p>
      {item.linked.length > 0 && (
        <p class={`sc-linked${failed ? ' sc-linked-alert' : ''}`}>
          {failed ? '同一事项，请一并检查：' : '同一事项：'}
          {item.linked.map((id, i) => (
            <>
              {i > 0 && '、'}
              <a href={`#item-${id}`}>{linkedLabel(id)}</a>
            </>
          ))}
        </p>
      )}
      <fieldset class="sc-status">
        <legend class="sc-visually-hidden">检查结果</legend>
        {itemStatuses.map((s) => (
          <label>
            <input
              type="radio"
              name={name}
              value={s}
              checked={result.status === s}
              onChange={() => onChange({ status: s })}
            />
            <span>{s}</span>
          </label>
        ))}
      </fieldset>
      {failed && (
        <div class="sc-hazard">
          <p class="sc-hazard-head">
            <strong>隐患级别：</strong>
            {fixed ? (
              <span class="sc-level sc-level-major" id={field('level')}>
                重大（判定标准条款，不可更改）
              </span>
            ) : (
              <select
                id={field('level')}
                aria-label="隐患级别"
                value={level}
                onChange={(e) =>
                  onChange({ level: (e.currentTarget as HTMLSelectElement).value as ItemResult['level'] })
                }
              >
                {hazardLevels.map((l) => (
                  <option value={l}>{l}</option>
                ))}
              </select>
            )}
            {overdue && <span class="sc-overdue-tag">逾期</span>}
          </p>
          <label for={field('description')}>隐患描述</label>
          <textarea
            id={field('description')}
            rows={3}
            value={hazardDescription(item, result)}
            onInput={(e) => onChange({ description: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <label for={field('measure')}>整改措施</label>
          <textarea rows={2} {...text('measure')} />
          <div class="sc-row">
            <span>
              <label for={field('owner')}>责任人</label>
              <input type="text" {...text('owner')} />
            </span>
            <span>
              <label for={field('deadline')}>整改时限</label>
              <input type="text" placeholder="如 2025-09-30 或 停产整改完成前" {...text('deadline')} />
            </span>
            <span>
              <label for={field('progress')}>整改情况</label>
              <select
                id={field('progress')}
                value={result.progress ?? '未整改'}
                onChange={(e) =>
                  onChange({
                    progress: (e.currentTarget as HTMLSelectElement).value as ItemResult['progress'],
                  })
                }
              >
                {progressStates.map((p) => (
                  <option value={p}>{p}</option>
                ))}
              </select>
            </span>
          </div>
          <label for={field('remark')}>备注</label>
          <input type="text" {...text('remark')} />
          {photos}
        </div>
      )}
    </article>
  );
}
