import type { Sector, SectorId } from '../../schemas';
import type { SelfCheckQuestion } from '../../schemas/self-check';
import type { SelfCheckAnswers } from '../../lib/self-check/select';
import { ReadingNote } from '../common/Tag';

export interface ChecklistFormProps {
  sectors: Pick<Sector, 'id' | 'name'>[];
  questions: SelfCheckQuestion[];
  kinds?: readonly SectorId[];
  answers?: SelfCheckAnswers;
}

/**
 * Choose the kinds of enterprise and answer the applicability questions; a plain GET form, so it works
 * without JavaScript (the checklist page reads ?kinds=a&kinds=b as well as ?kinds=a,b).
 */
export default function ChecklistForm({ sectors, questions, kinds = [], answers = {} }: ChecklistFormProps) {
  return (
    <form class="checklist-form not-content" method="get" action="/training/checklist/">
      <fieldset>
        <legend>企业类型（可多选）</legend>
        {sectors.map((s) => (
          <label>
            <input type="checkbox" name="kinds" value={s.id} defaultChecked={kinds.includes(s.id)} /> {s.name}
          </label>
        ))}
      </fieldset>
      {questions.map((q) => (
        <fieldset>
          <legend>{q.text}</legend>
          {q.help && <ReadingNote class="checklist-help">{q.help}</ReadingNote>}
          {q.options.map((o) => (
            <label>
              <input
                type={q.multiple ? 'checkbox' : 'radio'}
                name={q.id}
                value={o.id}
                defaultChecked={answers[q.id]?.includes(o.id) ?? false}
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <p>
        <button type="submit" class="training-button training-primary">
          生成自查清单的投影和讲义
        </button>
      </p>
    </form>
  );
}
