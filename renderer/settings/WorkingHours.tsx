import { useEffect, useId, useState } from 'react';
import type { TimeRange, Weekday } from '../../core/calendar';
import type { Settings } from '../../core/settings/schema';
import { commonWords } from '../../core/words/common';
import { scheduleSettingsWords } from '../../core/words/settings/schedule';
import { Checkbox } from './controls';
import type { SectionProps } from './patch';
import { dayProblems } from './validate';
import { WorkingDay } from './WorkingDay';

type Days = Settings['workingHours']['days'];

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS_ONLY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const same = (a: readonly TimeRange[], b: readonly TimeRange[]) => JSON.stringify(a) === JSON.stringify(b);
const daysPatch = (days: readonly Weekday[], ranges: (day: Weekday) => TimeRange[]) =>
  Object.fromEntries(days.map((day) => [day, ranges(day)])) as Partial<Days>;

/**
 * The hours when Limber may prompt. Each day is edited as a draft and saved when the user leaves it,
 * presses Enter, adds, removes or copies a range; a day with a problem is shown with it and not saved.
 */
export function WorkingHours({ settings, save }: SectionProps) {
  const id = useId();
  const saved = settings.workingHours.days;
  const [drafts, setDrafts] = useState<Days>(saved);
  const [syncedWith, setSyncedWith] = useState(saved);
  const [checkedDays, setCheckedDays] = useState<ReadonlySet<Weekday>>(new Set());
  // What this section last sent for each day: its save coming back must not replace what was typed since.
  const [sent, setSent] = useState<Partial<Days>>({});
  // An object, so that asking twice for the same element moves focus twice.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  if (saved !== syncedWith) {
    // Only days changed from outside (an import, a reset) replace their drafts; unsaved edits elsewhere stay.
    const changed = WEEK.filter((day) => !same(saved[day], syncedWith[day]));
    const outside = changed.filter((day) => { const mine = sent[day]; return !mine || !same(saved[day], mine); });
    setSyncedWith(saved);
    setSent(Object.fromEntries(Object.entries(sent).filter(([day]) => !changed.includes(day as Weekday))));
    setDrafts({ ...drafts, ...daysPatch(outside, (day) => saved[day]) });
    setCheckedDays(new Set([...checkedDays].filter((day) => !outside.includes(day))));
  }

  const saveDays = (days: readonly Weekday[], next: Days) => {
    setDrafts(next);
    setCheckedDays(new Set([...checkedDays, ...days]));
    const valid = days.filter((day) => dayProblems(next[day]).length === 0);
    const toSave = valid.filter((day) => !same(next[day], saved[day]));
    if (toSave.length === 0) return;
    setSent({ ...sent, ...daysPatch(toSave, (day) => next[day]) });
    void save({ workingHours: { days: daysPatch(toSave, (day) => next[day]) } });
  };
  const copy = (from: Weekday) => {
    if (dayProblems(drafts[from]).length > 0) {
      setCheckedDays(new Set([...checkedDays, from]));
      return;
    }
    saveDays(WEEKDAYS_ONLY, { ...drafts, ...daysPatch(WEEKDAYS_ONLY, () => drafts[from]) });
  };

  return (
    <fieldset>
      <legend>{scheduleSettingsWords.workingHours}</legend>
      <Checkbox
        label={scheduleSettingsWords.onlyDuring} checked={settings.workingHours.enabled}
        about={scheduleSettingsWords.outside}
        onChange={(enabled) => save({ workingHours: { enabled } })}
      />
      {settings.workingHours.enabled && WEEK.map((day) => (
        <WorkingDay
          key={day} id={`${id}-${day}`} name={commonWords.dayOfWeek(day)} ranges={drafts[day]}
          problems={checkedDays.has(day) ? dayProblems(drafts[day]) : []}
          onEdit={(ranges) => { setDrafts({ ...drafts, [day]: ranges }); }}
          onCommit={() => { saveDays([day], drafts); }}
          onAdd={() => {
            setDrafts({ ...drafts, [day]: [...drafts[day], ['', '']] });
            setFocus({ id: `${id}-${day}-${drafts[day].length}-from` });
          }}
          onRemove={(index) => {
            saveDays([day], { ...drafts, [day]: drafts[day].filter((_, i) => i !== index) });
            setFocus({ id: `${id}-${day}-add` });
          }}
          onCopy={() => { copy(day); }}
        />
      ))}
    </fieldset>
  );
}
