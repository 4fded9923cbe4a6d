import { useMemo } from 'react';
import type { HistoryView } from '../../core/contract';
import { catalogueOf } from '../../core/exercises/catalogue';
import type { OwnContent } from '../../core/exercises/own';
import { dayKey } from '../../core/history/history';
import { exerciseUse, USE_SPANS } from '../../core/history/per-exercise';
import { statsWords } from '../../core/words/stats';
import { useSpokenLanguage } from '../language';
import { DataTable } from './DataTable';
import { shortDate } from './labels';

const words = statsWords.exerciseUse;
const localOffset = (wall: number) => -new Date(wall).getTimezoneOffset();

/** The history day an exercise was left out on, named with its year when that is not this year. */
function leftOutDate(since: number, today: string): string {
  const day = dayKey(since, localOffset);
  const year = day.slice(0, 4);
  return year === today.slice(0, 4) ? shortDate(day) : words.dateInYear(shortDate(day), Number(year));
}

/** Each exercise done in the last 30 days or left out now: times done in the last 7 and 30 days, and since when it is left out. */
export function ExerciseUse({ history, own }: { history: HistoryView; own: OwnContent }) {
  const language = useSpokenLanguage();
  const rows = useMemo(() => {
    const catalogue = catalogueOf(own);
    return exerciseUse(history.days, history.today, own.leftOut).map((use) => ({
      key: use.exercise,
      name: catalogue.exercise(use.exercise)?.name ?? words.deleted,
      cells: [
        String(use.week), String(use.month),
        use.leftOutSince === undefined ? '' : words.leftOutSince(leftOutDate(use.leftOutSince, history.today)),
      ],
    }));
  }, [history, own, language]);
  return (
    <section aria-labelledby="exercise-use-title">
      <h2 id="exercise-use-title">{words.title}</h2>
      <p>{words.about}</p>
      {rows.length === 0 ? <p>{words.nothing}</p> : (
        <DataTable
          className="exercise-use"
          caption={words.caption}
          head={[words.exercise, statsWords.lastDays(USE_SPANS.week), statsWords.lastDays(USE_SPANS.month), words.status]}
          rows={rows}
        />
      )}
    </section>
  );
}
