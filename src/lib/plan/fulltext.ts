import type { PlanData } from './plan';

/** A piece of a paragraph; `id` marks a requirement item a reader can link to. */
export interface TextPart {
  id?: string;
  text: string;
}

export type BlockKind = 'doc-header' | 'h2' | 'h3' | 'h4' | 'p' | 'right' | 'centre';

/** One paragraph or heading of the document, with a stable anchor. */
export interface Block {
  id: string;
  kind: BlockKind;
  parts: TextPart[];
}

export const blockText = (b: Block) => b.parts.map((p) => p.text).join('');

/**
 * The whole document, in order, rebuilt from the content data. The 行动方案全文 page renders these
 * blocks, and a unit test compares them with content/source/plan.md paragraph by paragraph.
 */
export function buildFullText(plan: PlanData): Block[] {
  const d = plan.document;
  const blocks: Block[] = [];
  const add = (id: string, kind: BlockKind, text: string | TextPart[]) =>
    blocks.push({ id, kind, parts: typeof text === 'string' ? [{ text }] : text });

  add('notice-header', 'doc-header', d.header);
  add('notice-title', 'h2', d.noticeTitle);
  add('notice-number', 'centre', d.docNumber);
  add('notice-addressees', 'p', d.addressees);
  add('notice-body', 'p', d.noticeBody);
  add('notice-signature', 'right', d.signature);
  add('notice-date', 'right', d.issuedDateText);
  add('notice-publication', 'p', d.publication);

  add('plan-title', 'h2', d.planTitle);
  add(d.preamble.id, 'p', d.preamble.text);

  const section = (s: PlanData['document']['general']) => {
    add(s.id, 'h3', `${s.number}${s.title}`);
    for (const p of s.paragraphs) add(p.id, 'p', p.text);
  };

  section(d.general);
  section(d.scope);
  for (const c of plan.campaigns) {
    add(`campaign-${c.id}`, 'h4', `${c.number}${c.title}${c.windowText ? `（${c.windowText}）` : ''}`);
    add(`campaign-${c.id}-scope`, 'p', `整治范围：${c.scope}`);
    for (const s of c.sections) {
      let pending: TextPart[] | null = null;
      let pendingId = '';
      const flush = () => {
        if (pending) add(pendingId, 'p', pending);
        pending = null;
      };
      if (s.heading !== null && !s.headingInline) add(`section-${s.id}`, 'p', s.heading);
      s.items.forEach((item, i) => {
        const text = `${item.number ?? ''}${item.title ?? ''}${item.text}`;
        const part: TextPart = { id: item.id, text };
        if (i === 0 && s.heading !== null && s.headingInline) {
          pending = [{ text: s.heading }, part];
          pendingId = `section-${s.id}`;
        } else if (item.inline && pending) {
          pending.push(part);
        } else {
          flush();
          pending = [part];
          pendingId = `p-${item.id}`;
        }
      });
      flush();
    }
  }

  section(d.organisation);
  for (const phase of plan.phases) {
    phase.paragraphs.forEach((p, i) =>
      add(p.id, 'p', i === 0 ? `${phase.number}${phase.title}。${p.text}` : p.text),
    );
  }

  section(d.work);
  for (const w of plan.workRequirements) {
    w.paragraphs.forEach((p, i) => add(p.id, 'p', i === 0 ? `${w.number}${w.title}。${p.text}` : p.text));
  }

  for (const line of contactLines(plan)) add(line.id, 'p', line.text);

  plan.annexes.forEach((a, i) =>
    add(`annex-list-${a.number}`, 'p', `${i === 0 ? '附件：' : ''}${a.number}.${a.title}`),
  );
  return blocks;
}

/**
 * The 联系人 / 联系电话 / 邮箱 block printed after 四（四）强化信息报送, exactly as published
 * (the PDF spaces 联 系 人 and 邮 箱 with one ordinary space each).
 */
export function contactLines(plan: PlanData): { id: string; text: string }[] {
  const c = plan.document.contacts;
  const people = c.people.map((p) => `${p.name}（${p.area}）`).join('、');
  return [
    { id: 'contacts-people', text: `联 系 人：${people}` },
    { id: 'contacts-phone', text: `联系电话：${c.phone}` },
    { id: 'contacts-email', text: `邮 箱：${c.email}` },
  ];
}

/** The printed footer line (印发单位、日期、抄送), shown after the body. */
export function footerLines(plan: PlanData): string[] {
  const d = plan.document;
  return [`抄送：${d.copiedTo.join('、')}。`, `${d.printedBy}　　${d.printedDateText}`];
}
