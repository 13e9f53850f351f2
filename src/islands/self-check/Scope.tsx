import type { Sector } from '../../schemas';
import type { QuestionDecision } from '../../lib/self-check/items';
import type { SelfCheckSelection } from '../../lib/self-check/select';
import { ReadingNote } from '../common/Tag';

export interface ScopeProps {
  sectors: Pick<Sector, 'id' | 'name'>[];
  kinds: readonly string[];
  decisions: QuestionDecision[];
  selection: SelfCheckSelection;
  onKinds: (kinds: string[]) => void;
  onAnswer: (question: string, options: string[]) => void;
  trainingLink: string;
}

/** 检查范围: the kinds (as on 我的企业属于哪些类型？) and the questions, each saying what it decided. */
export function Scope({ sectors, kinds, decisions, selection, onKinds, onAnswer, trainingLink }: ScopeProps) {
  return (
    <section class="sc-section sc-scope" aria-labelledby="sc-scope">
      <h2 id="sc-scope">检查范围</h2>
      <fieldset>
        <legend>我的企业属于哪些类型？（可多选）</legend>
        {sectors.map((s) => (
          <label class="sc-choice">
            <input
              type="checkbox"
              name="sc-kinds"
              value={s.id}
              checked={kinds.includes(s.id)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                onKinds(sectors.map((x) => x.id).filter((id) => (id === s.id ? on : kinds.includes(id))));
              }}
            />{' '}
            {s.name}
          </label>
        ))}
      </fieldset>
      {decisions.map((q) => (
        <fieldset data-question={q.id}>
          <legend>{q.text}</legend>
          {q.help && <ReadingNote class="sc-help">{q.help}</ReadingNote>}
          {q.options.map((o) => (
            <label class="sc-choice">
              <input
                type={q.multiple ? 'checkbox' : 'radio'}
                name={`sc-q-${q.id}`}
                value={o.id}
                checked={o.chosen}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const chosen = q.options.filter((x) => (x.id === o.id ? on : q.multiple && x.chosen));
                  onAnswer(
                    q.id,
                    chosen.map((x) => x.id),
                  );
                }}
              />{' '}
              {o.label}
            </label>
          ))}
          <p class="sc-decides">
            {q.answered
              ? q.decides.length
                ? `这个回答列入了：${q.decides.join('、')}。`
                : '这个回答没有列入另外的条款。'
              : '尚未回答：它决定的判定标准条款还没有列入清单。'}
            {q.reason}
          </p>
        </fieldset>
      ))}
      <p class="sc-scope-sum">
        清单：方案要求条目 {selection.planItems.length} 项、判定标准条款 {selection.criteria.length} 项。
        {selection.ignoredAnswers.map((m) => (
          <span class="sc-warn"> {m}</span>
        ))}{' '}
        <a href={trainingLink}>投影这份清单（培训投影）</a>
      </p>
    </section>
  );
}
