import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  entryLead,
  factLabel,
  handoutOf,
  type Deck,
  type Slide,
  type SlideFact,
} from '../../lib/training/deck';
import { todayInChina } from '../../lib/common/dates';
import { statusLabel, windowStatus } from '../../lib/plan/deadlines';
import { keyToAction, move, progressText, type DeckAction } from '../../lib/training/keys';
import { slideFromHash, slideHash } from '../../lib/training/url';
import { Tag } from '../common/Tag';

export interface TrainingDeckProps {
  deck: Deck;
}

/**
 * 培训投影: an overview with the printable handout, and a full-screen deck over it. The deck opens from
 * the start button, from a handout number or from an address ending in #N; clicker and keyboard keys
 * drive it (src/lib/training/keys.ts). Everything it shows comes from the deck (src/lib/training/deck.ts).
 */
export default function TrainingDeck({ deck }: TrainingDeckProps) {
  const total = deck.slides.length;
  const ids = useMemo(() => deck.slides.map((s) => s.id), [deck]);
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const [showSource, setShowSource] = useState(false);
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const overlay = useRef<HTMLDialogElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const indexRef = useRef(0);
  indexRef.current = index;

  useEffect(() => {
    setReady(true);
    const fromHash = () => {
      const i = slideFromHash(location.hash, ids);
      if (i === null) return;
      setIndex(i);
      setOpen(true);
    };
    fromHash();
    const onFullscreen = () => {
      setFullscreen(document.fullscreenElement !== null);
      // The page goes full screen (a <dialog> cannot); showing the dialog again puts it back on top.
      const dialog = overlay.current;
      if (dialog?.open) {
        dialog.close();
        dialog.showModal();
        dialog.focus();
      }
    };
    addEventListener('hashchange', fromHash);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      removeEventListener('hashchange', fromHash);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [ids]);

  // The address always names the screen shown, so copying it (or reloading) opens the same screen.
  useEffect(() => {
    if (!open) return;
    const hash = slideHash(index);
    if (location.hash !== hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [open, index]);

  // A modal <dialog> sits in the browser's top layer, above the site's header and sidebar.
  useEffect(() => {
    document.documentElement.classList.toggle('training-open', open);
    const dialog = overlay.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (open) dialog?.focus();
  }, [open]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    setOpen(false);
    setShowSource(false);
    setBlank(false);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const id = ids[indexRef.current];
    requestAnimationFrame(() => {
      const entry = id ? document.getElementById(`handout-${id}`) : null;
      if (entry) {
        entry.scrollIntoView({ block: 'center' });
        entry.focus();
      } else start.current?.focus();
    });
  }, [ids]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  const act = useCallback(
    (action: DeckAction) => {
      switch (action) {
        case 'leave':
          // In full screen the first Esc only leaves full screen (browsers usually take that Esc themselves).
          if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
          else leave();
          return;
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'source':
          setShowSource((v) => !v);
          return;
        case 'blank':
          setBlank((v) => !v);
          return;
        default:
          setBlank(false);
          setIndex((i) => move(i, action, total));
      }
    },
    [leave, toggleFullscreen, total],
  );

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      const action = keyToAction(e);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, act]);

  // A click on a button of the bar hands the keys back to the deck, so space does not press it again.
  const click = (action: DeckAction) => () => {
    act(action);
    overlay.current?.focus();
  };

  const slide = deck.slides[Math.min(index, total - 1)];
  const link = ready ? `${location.origin}${location.pathname}${location.search}${slideHash(index)}` : '';

  return (
    <div class="training not-content">
      <div class="training-controls">
        <button
          type="button"
          class="training-button training-primary"
          ref={start}
          disabled={!ready || total === 0}
          onClick={() => {
            setIndex(0);
            setOpen(true);
          }}
        >
          开始投影
        </button>
        <button type="button" class="training-button" disabled={!ready} onClick={() => print()}>
          打印讲义
        </button>
        <span class="training-total">共 {total} 屏</span>
      </div>
      {deck.warnings.length > 0 && (
        <div class="training-warnings" role="note">
          <p>请注意：</p>
          <ul>
            {deck.warnings.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <KeyHelp />
      <Handout deck={deck} />
      {open && slide && (
        <dialog
          class={`training-deck size-${slide.size}${blank ? ' is-blank' : ''}`}
          aria-label={`培训投影：${deck.title}`}
          tabIndex={-1}
          ref={overlay}
          onCancel={(e) => e.preventDefault()}
          onClose={() => {
            // Closed by the browser (not by this island): show it again unless the deck was left.
            const dialog = overlay.current;
            if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
          }}
        >
          {blank ? <p class="training-blank-note">已黑屏，按 B 或翻页键继续</p> : <SlideView slide={slide} />}
          {showSource && !blank && (
            <aside class="training-source" aria-label="出处">
              <p>
                <strong>出处：</strong>
                {slide.source.label}
                {slide.source.href && (
                  <>
                    {' '}
                    <a href={slide.source.href}>{slide.source.href}</a>
                  </>
                )}
              </p>
              {slide.related.map((r) => (
                <p>{r}</p>
              ))}
              {slide.because.map((b) => (
                <p>
                  <Tag kind="reading" />
                  {b}
                </p>
              ))}
              <p class="training-link">
                本屏链接：<a href={link}>{link}</a>
              </p>
            </aside>
          )}
          <div class="training-bar">
            <progress class="training-progress" max={total} value={index + 1} aria-label="进度" />
            <span class="training-count" aria-live="polite">
              {progressText(index, total)}
            </span>
            <span class="training-buttons">
              <button type="button" onClick={click('prev')} disabled={index === 0}>
                上一屏
              </button>
              <button type="button" onClick={click('next')} disabled={index === total - 1}>
                下一屏
              </button>
              <button type="button" onClick={click('source')} aria-pressed={showSource}>
                出处 S
              </button>
              <button type="button" onClick={click('fullscreen')} aria-pressed={fullscreen}>
                全屏 F
              </button>
              <button type="button" onClick={click('leave')}>
                退出 Esc
              </button>
            </span>
          </div>
        </dialog>
      )}
    </div>
  );
}

function SlideView({ slide }: { slide: Slide }) {
  const note = slide.note && (
    <p class="training-note">
      <Tag kind={slide.note.mark} />
      {slide.note.text}
    </p>
  );
  return (
    <div class={`training-slide kind-${slide.kind}`} data-slide={slide.id}>
      {slide.context.length > 0 && (
        <p class="training-context">
          {slide.context.map((c, i) => (
            <span>
              {i > 0 && ' · '}
              {c}
            </span>
          ))}
        </p>
      )}
      <div class="training-main">
        {slide.kind !== 'title' && note}
        {slide.lead && <p class="training-lead">{slide.lead}</p>}
        {slide.body.map((p) => (
          <p class="training-body">{p}</p>
        ))}
        {slide.kind === 'title' && note}
        {slide.subItems.length > 0 && (
          <ul class="training-subitems">
            {slide.subItems.map((t) => (
              <li>{t}</li>
            ))}
          </ul>
        )}
        {slide.facts.length > 0 && <Facts facts={slide.facts} className="training-facts" />}
        {slide.dated && <Dated dated={slide.dated} />}
      </div>
    </div>
  );
}

/** A campaign's dates (本站理解) and its status worked out from today, e.g. 已结束. */
function Dated({ dated }: { dated: NonNullable<Slide['dated']> }) {
  const status = windowStatus({ start: dated.start, end: dated.end, deadline: null }, todayInChina());
  return (
    <p class="training-dated">
      <Tag kind="reading" />
      {dated.reading}
      <span class={`status status-${status}`} data-dated-status>
        {statusLabel(status)}
      </span>
    </p>
  );
}

function Facts({ facts, className }: { facts: SlideFact[]; className: string }) {
  return (
    <dl class={className}>
      {facts.map((f) => (
        <div>
          <dt>{factLabel(f.label)}</dt>
          <dd>{f.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function KeyHelp() {
  const rows: [string, string][] = [
    ['→ ↓ 空格 PageDown', '下一屏（翻页笔的“下一页”）'],
    ['← ↑ Shift+空格 PageUp', '上一屏'],
    ['Home / End', '第一屏 / 最后一屏'],
    ['F', '全屏 / 退出全屏'],
    ['S', '显示 / 隐藏出处和本屏链接'],
    ['B 或 .', '黑屏 / 恢复'],
    ['Esc', '退出投影（全屏时先退出全屏）'],
  ];
  return (
    <details class="training-keys">
      <summary>投影时的按键</summary>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Handout({ deck }: { deck: Deck }) {
  const groups = handoutOf(deck);
  if (groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <section class="training-handout" aria-labelledby="handout-title">
      <h2 id="handout-title">讲义：{deck.title}</h2>
      {deck.about.length > 0 && <Facts facts={deck.about} className="handout-about" />}
      <p class="handout-fields">单位：＿＿＿＿＿＿＿＿＿＿　日期：＿＿＿＿＿＿　姓名：＿＿＿＿＿＿</p>
      <p class="handout-help">
        共 {count} 项，{deck.answerNote ? '每项下面有几个方框，勾选检查结果' : '每项前有一个方框供勾选'}
        。序号是投影的屏号，点序号从该屏开始投影。标“摘要”“本站理解”的是本站写的概括，其余文字为原文。
      </p>
      {deck.answerNote && (
        <p class="handout-answer-note">
          <Tag kind="reading" />
          {deck.answerNote}
        </p>
      )}
      {groups.map((g) => (
        <section class="handout-group">
          <h3>{g.heading}</h3>
          {g.lead && <p class="handout-lead">{g.lead}</p>}
          <ol class="handout-list">
            {g.entries.map((e) => {
              const lead = entryLead(g, e);
              return (
                <li class="handout-item">
                  {e.slide.answers ? <span aria-hidden="true" /> : <span class="tick" aria-hidden="true" />}
                  <a
                    class="handout-number"
                    id={`handout-${e.slide.id}`}
                    href={slideHash(e.number - 1)}
                    aria-label={`第 ${e.number} 屏，从这里开始投影`}
                  >
                    {e.number}
                  </a>
                  <div class="handout-text">
                    {e.slide.note && (
                      <p class="handout-note">
                        <Tag kind={e.slide.note.mark} />
                        {e.slide.note.text}
                      </p>
                    )}
                    {lead && <p class="handout-lead">{lead}</p>}
                    {e.slide.body.map((p) => (
                      <p>{p}</p>
                    ))}
                    {e.slide.subItems.length > 0 && <p class="handout-sub">{e.slide.subItems.join(' ')}</p>}
                    <p class="handout-source">{e.slide.source.short}</p>
                    {e.slide.answers && (
                      <p class="handout-answers">
                        {e.slide.answers.map((a) => (
                          <span class="handout-answer">
                            <span class="tick" aria-hidden="true" />
                            {a}
                          </span>
                        ))}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
