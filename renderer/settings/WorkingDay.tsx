import type { TimeRange } from '../../core/calendar';
import { MAX_RANGES_A_DAY } from '../../core/settings/schema';
import { scheduleSettingsWords } from '../../core/words/settings/schedule';
import { useReportRefused, WarningIcon } from './refusals';
import type { DayProblem } from './validate';

interface Props {
  /** Prefix of every element id in this day, so the parent can move focus to them. */
  id: string;
  name: string;
  ranges: readonly TimeRange[];
  /** Problems to show now: only once the user has left the day, pressed Enter or tried to copy it. */
  problems: readonly DayProblem[];
  onEdit: (ranges: TimeRange[]) => void;
  onCommit: () => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onCopy: () => void;
}

/** Words screen readers hear and the screen leaves out. */
const unseen = (words: string) => <span key="unseen" className="visually-hidden">{words}</span>;

/** One weekday's working-time ranges, each a From and a To time. */
export function WorkingDay({ id, name, ranges, problems, onEdit, onCommit, onAdd, onRemove, onCopy }: Props) {
  const messageId = `${id}-problems`;
  const invalid = new Set(problems.flatMap((problem) => problem.ranges));
  useReportRefused(problems.length > 0);
  const edit = (index: number, end: 0 | 1, time: string) => {
    onEdit(ranges.map((range, i) => (i === index ? (end === 0 ? [time, range[1]] : [range[0], time]) : range)));
  };
  const timeInput = (index: number, end: 0 | 1) => {
    const inputId = `${id}-${index}-${end === 0 ? 'from' : 'to'}`;
    return (
      <>
        <label htmlFor={inputId}>{scheduleSettingsWords.rangeEnd(unseen, name, index + 1, end === 0 ? 'from' : 'to')}</label>
        <input
          id={inputId} type="time" value={ranges[index]?.[end] ?? ''}
          aria-invalid={invalid.has(index) ? true : undefined} aria-describedby={invalid.has(index) ? messageId : undefined}
          onChange={(event) => { edit(index, end, event.currentTarget.value); }}
          onKeyDown={(event) => { if (event.key === 'Enter') onCommit(); }}
        />
      </>
    );
  };
  return (
    <fieldset
      className="day"
      onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget)) onCommit(); }}
    >
      <legend>{name}</legend>
      {ranges.length === 0 ? <p className="hint">{scheduleSettingsWords.notAWorkingDay}</p> : (
        <ol className="ranges">
          {ranges.map((_, index) => (
            <li className="range" key={index}>
              {timeInput(index, 0)}
              {timeInput(index, 1)}
              <button type="button" onClick={() => { onRemove(index); }}>{scheduleSettingsWords.removeRange(unseen, name, index + 1)}</button>
            </li>
          ))}
        </ol>
      )}
      <div aria-live="polite">
        {problems.length > 0 && (
          <p className="error" id={messageId}><WarningIcon />{problems.map((problem) => problem.message).join(' ')}</p>
        )}
      </div>
      <div className="day-actions">
        <button type="button" id={`${id}-add`} disabled={ranges.length >= MAX_RANGES_A_DAY} onClick={onAdd}>
          {scheduleSettingsWords.addRange(unseen, name)}
        </button>
        <button type="button" onClick={onCopy}>{scheduleSettingsWords.copyToWeekdays(name)}</button>
      </div>
    </fieldset>
  );
}
