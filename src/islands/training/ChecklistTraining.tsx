import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChecklistSource } from '../../lib/self-check/data';
import { parseChecklistQuery } from '../../lib/self-check/query';
import { checklistDeck } from '../../lib/training/deck';
import { trainingHref } from '../../lib/training/url';
import ChecklistForm from './ChecklistForm';
import TrainingDeck from './TrainingDeck';

export interface ChecklistTrainingProps {
  data: ChecklistSource;
}

/** 培训投影 of a 自查 checklist: the kinds and answers come from the address (?kinds=…&mem10-industry=…). */
export default function ChecklistTraining({ data }: ChecklistTrainingProps) {
  const [search, setSearch] = useState<string | null>(null);
  const known = useMemo(() => data.plan.sectors.map((s) => s.id), [data]);
  useEffect(() => {
    // The address in its link form (?kinds=a,b&question=…), whatever sent it here, so a copied link is short.
    const chosen = parseChecklistQuery(location.search, known, data.questions);
    if (chosen.kinds.length > 0) {
      const canonical = trainingHref({ kind: 'checklist', ...chosen }, data.questions, known);
      if (`${location.pathname}${location.search}` !== canonical)
        history.replaceState(null, '', `${canonical}${location.hash}`);
    }
    setSearch(location.search);
  }, [known, data]);
  const chosen = useMemo(
    () => (search === null ? null : parseChecklistQuery(search, known, data.questions)),
    [search, known, data],
  );
  const deck = useMemo(
    () => (chosen && chosen.kinds.length > 0 ? checklistDeck(data, chosen.kinds, chosen.answers) : null),
    [chosen, data],
  );
  if (chosen === null) return <p class="training-loading">正在生成清单……</p>;
  const form = (
    <ChecklistForm
      sectors={data.plan.sectors}
      questions={data.questions}
      kinds={chosen.kinds}
      answers={chosen.answers}
    />
  );
  if (!deck)
    return (
      <div class="training-choose">
        <p>先选择企业类型并回答问题，再生成这份自查清单的投影和讲义。</p>
        {form}
      </div>
    );
  return (
    <>
      <TrainingDeck deck={deck} />
      <details class="training-change">
        <summary>更改企业类型和回答</summary>
        {form}
      </details>
    </>
  );
}
