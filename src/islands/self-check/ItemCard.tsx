import {
  hazardDescription,
  LINKED_CRITERION_PROMPT,
  MAJOR_RULE,
  type Hazard,
} from '../../lib/self-check/hazards';
import type { CheckItem } from '../../lib/self-check/items';
import {
  criterionStatuses,
  hazardLevels,
  isFailedStatus,
  itemStatuses,
  planStatuses,
  progressStates,
  statusLabels,
  type ItemResult,
  type ItemStatus,
} from '../../lib/self-check/record';
import type { ComponentChildren } from 'preact';
import { Tag } from '../common/Tag';

export interface ItemCardProps {
  item: CheckItem;
  result: ItemResult;
  /** The hazard this item belongs to (it holds the record, or is merged into a plan item's), if failed. */
  hazard: Hazard | undefined;
  /** For a plan item: its linked criteria on the list, with their answers. */
  linkedCriteria: { item: CheckItem; result: ItemResult }[];
  /** Source labels of the linked items, by id. */
  linkedLabel: (id: string) => string;
  onChange: (patch: Partial<ItemResult>) => void;
  /** Answers a linked criterion from this card (the one-tap answer beside a failed plan item). */
  onAnswerLinked: (criterionId: string, status: ItemStatus) => void;
  photos?: ComponentChildren;
}

/**
 * One item: verbatim text, source, who it applies to, the answer, and for a hazard its record. A plan
 * item is 符合 / 不符合; a criterion is answered 不存在该情形 / 存在该情形（重大事故隐患）. A failed plan
 * item shows its linked criteria to answer in one tap; a criterion answered 存在 makes it one 重大 hazard.
 */
export function ItemCard({
  item,
  result,
  hazard,
  linkedCriteria,
  linkedLabel,
  onChange,
  onAnswerLinked,
  photos,
}: ItemCardProps) {
  const name = `st-${item.id}`;
  const failed = isFailedStatus(result.status);
  const holds = failed && hazard?.item.id === item.id;
  const mergedInto = failed && hazard && hazard.item.id !== item.id ? hazard.item : null;
  const record = holds ? hazard!.result : result;
  const overdue = holds && hazard!.overdue;
  const statuses = item.criterion ? criterionStatuses : planStatuses;
  const field = (key: keyof ItemResult | 'rule') => `${item.id}-${key}`;
  const text = (key: 'measure' | 'owner' | 'deadline' | 'remark') => ({
    id: field(key),
    value: (record[key] as string | undefined) ?? '',
    onInput: (e: Event) => onChange({ [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const existing = linkedCriteria.filter((c) => c.result.status === '存在该情形');
  return (
    <article
      id={`item-${item.id}`}
      class={`sc-item sc-status-${itemStatuses.indexOf(result.status)}${overdue ? ' sc-overdue' : ''}`}
      data-item={item.id}
      data-status={result.status}
    >
      <ItemText item={item} />
      <p class="sc-meta">
        <span>
          出处：
          {item.href ? <a href={item.href}>{item.source}</a> : item.source}
        </span>
        {item.label && (
          <span>
            <Tag />
            {item.label}
          </span>
        )}
        <span>适用：{item.appliesTo}</span>
        {item.criterion && <span class="sc-major-tag">存在该情形即为重大事故隐患</span>}
      </p>
      {item.because.length > 0 && (
        <p class="sc-because">
          <Tag kind="reading" />
          列入清单的原因：{item.because.join('；')}
        </p>
      )}
      {item.linked.length > 0 && (
        <p class={`sc-linked${failed ? ' sc-linked-alert' : ''}`}>
          <Tag kind="reading" />
          本站认为与之相关：
          {item.linked.map((id, i) => (
            <>
              {i > 0 && '、'}
              <a href={`#item-${id}`}>{linkedLabel(id)}</a>
            </>
          ))}
          {item.linkBecause.length > 0 && `（${item.linkBecause.join('；')}）`}
        </p>
      )}
      <fieldset class={`sc-status${item.criterion ? ' sc-status-criterion' : ''}`}>
        <legend class="visually-hidden">{item.criterion ? '是否存在该情形' : '检查结果'}</legend>
        {statuses.map((s) => (
          <label>
            <input
              type="radio"
              name={name}
              value={s}
              checked={result.status === s}
              onChange={() => onChange({ status: s })}
            />
            <span>{statusLabels[s]}</span>
          </label>
        ))}
      </fieldset>
      {failed && !item.criterion && linkedCriteria.length > 0 && (
        <div class="sc-linked-criteria" role="group" aria-label="对应的重大事故隐患判定标准情形">
          <p class="sc-linked-head">
            <Tag kind="reading" />
            对应的判定标准情形，请一并判断：{LINKED_CRITERION_PROMPT}。
          </p>
          {linkedCriteria.map(({ item: c, result: r }) => (
            <div class="sc-linked-criterion" data-linked-criterion={c.id}>
              <p class="sc-linked-source">{c.source}</p>
              <ItemText item={c} />
              <fieldset class="sc-status sc-status-criterion sc-status-linked">
                <legend class="visually-hidden">{`${c.source}：是否存在该情形`}</legend>
                {criterionStatuses
                  .filter((s) => s !== '未检查')
                  .map((s) => (
                    <label>
                      <input
                        type="radio"
                        name={`lk-${item.id}-${c.id}`}
                        value={s}
                        checked={r.status === s}
                        onChange={() => onAnswerLinked(c.id, s)}
                      />
                      <span>{statusLabels[s]}</span>
                    </label>
                  ))}
              </fieldset>
            </div>
          ))}
          {existing.length > 0 && (
            <label class="sc-same">
              <input
                type="checkbox"
                checked={!result.separate}
                onChange={(e) => onChange({ separate: !(e.currentTarget as HTMLInputElement).checked })}
              />{' '}
              与上面存在的情形是同一处隐患（只计一项重大事故隐患，附件2只列一行，写明两处依据）
            </label>
          )}
        </div>
      )}
      {mergedInto && (
        <p class="sc-merged" role="note">
          与方案条目<a href={`#item-${mergedInto.id}`}>{mergedInto.label ?? mergedInto.source}</a>
          是同一处隐患：只计一项重大事故隐患，隐患描述、整改措施等在该条目中填写。
        </p>
      )}
      {holds && (
        <div class="sc-hazard">
          <p class="sc-hazard-head">
            <strong>隐患级别：</strong>
            {hazard!.fixed ? (
              <span class="sc-level sc-level-major" id={field('level')}>
                重大事故隐患（判定标准情形：{hazard!.criteria.map((c) => c.source).join('、')}）
              </span>
            ) : (
              <select
                id={field('level')}
                aria-label="隐患级别"
                aria-describedby={field('rule')}
                value={hazard!.level}
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
          <p class="sc-rule" id={field('rule')}>
            {MAJOR_RULE}
          </p>
          <label for={field('description')}>隐患描述</label>
          <textarea
            id={field('description')}
            rows={3}
            value={hazardDescription(item, record)}
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
                value={record.progress ?? '未整改'}
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

/** An item's words as the plan or the criteria give them: its lead-in, its text, its numbered sub-items. */
function ItemText({ item }: { item: { lead?: string | null; text: string; subItems: string[] } }) {
  return (
    <>
      {item.lead && <p class="sc-lead">{item.lead}</p>}
      <p class="sc-text">{item.text}</p>
      {item.subItems.length > 0 && (
        <ol class="sc-sub">
          {item.subItems.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
      )}
    </>
  );
}
