import { useEffect, useMemo, useState } from 'preact/hooks';
import { citationsFor, parseSelection, requirementsFor, selectionToQuery, type PlanData } from '../lib/plan';
import { browserStorage } from '../lib/browser/storage';
import { loadSelection, saveSelection } from '../lib/selection-store';
import type { SectorId } from '../schemas';

export interface SectorSelectorProps {
  plan: Pick<PlanData, 'sectors' | 'campaigns' | 'citations'>;
}

/** "我的企业属于哪些类型？" — tick several kinds, get one combined list of requirements without duplicates. */
export default function SectorSelector({ plan }: SectorSelectorProps) {
  const known = useMemo(() => plan.sectors.map((s) => s.id), [plan]);
  const [selected, setSelected] = useState<SectorId[]>([]);
  const [storageOk, setStorageOk] = useState(true);
  const [copied, setCopied] = useState('');

  // A link with ?kinds=… wins over what this browser remembered.
  useEffect(() => {
    const fromUrl = parseSelection(location.search, known);
    setSelected(fromUrl.length ? fromUrl : (loadSelection(browserStorage(), known) as SectorId[]));
  }, [known]);

  const update = (next: SectorId[]) => {
    const ordered = known.filter((id) => next.includes(id));
    setSelected(ordered);
    setStorageOk(saveSelection(browserStorage(), ordered));
    history.replaceState(null, '', `${location.pathname}${selectionToQuery(ordered, known)}`);
    setCopied('');
  };
  const toggle = (id: SectorId, on: boolean) =>
    update(on ? [...selected, id] : selected.filter((s) => s !== id));

  const result = requirementsFor(plan, selected);
  const count = result.reduce((n, c) => n + c.requirements.length, 0);
  const cited = citationsFor(
    plan,
    result.flatMap((c) => c.requirements),
  );
  const shareUrl = () => `${location.origin}${location.pathname}${selectionToQuery(selected, known)}`;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl());
      setCopied('链接已复制，可以发给同事。');
    } catch {
      setCopied(`请手动复制：${shareUrl()}`);
    }
  };

  return (
    <div class="sector-selector not-content">
      <fieldset>
        <legend>我的企业属于（可多选）</legend>
        {plan.sectors.map((s) => (
          <label class="sector-option" key={s.id}>
            <input
              type="checkbox"
              name="kinds"
              value={s.id}
              checked={selected.includes(s.id)}
              onChange={(e) => toggle(s.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              <strong>{s.name}</strong>
              <small>{s.summary}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {!storageOk && (
        <p class="notice" role="status">
          浏览器不允许保存（可能是无痕模式），本次选择仍然有效，但刷新后不会保留。可以用下面的链接保存选择。
        </p>
      )}
      <div class="selector-summary" aria-live="polite">
        {selected.length === 0 ? (
          <p>请勾选企业类型。勾选后，这里列出方案对你的企业的全部要求。</p>
        ) : (
          <p>
            共 <strong data-testid="requirement-count">{count}</strong> 条要求，来自 {result.length}{' '}
            项整治行动（重复的只列一次）。
            <button type="button" class="link-button" onClick={copyLink}>
              复制本选择的链接
            </button>
            <a class="share-link" href={selectionToQuery(selected, known) || '?'}>
              本选择的链接
            </a>
            {copied && <span class="copied">{copied}</span>}
          </p>
        )}
      </div>
      {result.map(({ campaign, requirements }) => (
        <section class="campaign-block" key={campaign.id}>
          <h2 id={`campaign-${campaign.id}`}>
            {campaign.number}
            {campaign.title}
          </h2>
          <p class="campaign-window">时间：{campaign.windowText ?? '方案未规定起止时间'}</p>
          <ol class="requirement-list">
            {requirements.map((item) => (
              <li class="requirement" key={item.id} data-requirement={item.id}>
                <p class="requirement-label">
                  <span class="summary-tag" title="本站写的摘要，不是方案原文">
                    摘要
                  </span>
                  {item.label}
                </p>
                {item.condition && <p class="requirement-condition">适用于：{item.condition}（方案原文）</p>}
                <blockquote class="plan-quote">
                  <p>
                    {item.number}
                    {item.title}
                    {item.text}
                  </p>
                  <footer>
                    <a href={`/plan/#${item.id}`}>在全文中查看</a>
                  </footer>
                </blockquote>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {cited.length > 0 && (
        <section>
          <h2 id="standards">引用的标准和文件</h2>
          <ul>
            {cited.map((c) => (
              <li key={c.id}>{c.asCited}</li>
            ))}
          </ul>
        </section>
      )}
      {selected.length > 0 && (
        <p>
          报送时限见<a href="/reporting/?role=enterprise">报送要求与日历</a>。
        </p>
      )}
    </div>
  );
}
