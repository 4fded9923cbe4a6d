import { useId, useState } from 'react';
import type { Catalogue } from '../../../core/exercises/catalogue';
import { doseCount, exercisesSeconds } from '../../../core/exercises/library';
import { OWN_LIMITS, type OwnRoutine } from '../../../core/exercises/own';
import { BREAK_KINDS } from '../../../core/kinds';
import type { Settings } from '../../../core/settings/schema';
import { routineSettingsWords } from '../../../core/words/settings/routines';
import { CountField } from './CountField';
import { type Draft, draftExercises, draftProblems, fitsOf, moved, routineOf, takenIds } from './draft';

const words = routineSettingsWords.editor;

interface Props {
  start: Draft;
  catalogue: Catalogue;
  settings: Settings;
  /** Saves the routine; the host's problems if it refused it. */
  onSave: (routine: OwnRoutine) => Promise<string[]>;
  onCancel: () => void;
}

/** An own routine's name, kinds and exercises with their counts, its length live, and whether it fits its breaks. */
export function RoutineEditor({ start, catalogue, settings, onSave, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(start);
  const [toAdd, setToAdd] = useState(catalogue.exercises[0]?.id ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const change = (next: Partial<Draft>) => { setDraft((current) => ({ ...current, ...next })); };
  const setItems = (items: Draft['items']) => { change({ items }); };
  const exercises = draftExercises(draft, catalogue);
  const save = async () => {
    const found = draftProblems(draft, catalogue);
    setProblems(found.length > 0 ? found : await onSave(routineOf(draft, catalogue, takenIds(catalogue))));
  };
  const nameOf = (exerciseId: string) => catalogue.exercise(exerciseId)?.name ?? exerciseId;

  return (
    <section className="routine-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{start.id === null ? words.newTitle : words.editTitle(start.name)}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{words.name}</label>
        <div className="field-body">
          <input
            // The editor opens on what a user does first: naming the routine.
            id={`${id}-name`} type="text" className="routine-name" value={draft.name} autoComplete="off" autoFocus maxLength={OWN_LIMITS.nameChars}
            onChange={(event) => { change({ name: event.currentTarget.value }); }}
          />
        </div>
      </div>
      <fieldset className="plain">
        <legend>{words.kinds}</legend>
        <div className="kinds">
          {BREAK_KINDS.map((kind) => (
            <div className="check" key={kind}>
              <input
                id={`${id}-${kind}`} type="checkbox" checked={draft.kinds.includes(kind)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  change({ kinds: BREAK_KINDS.filter((k) => (k === kind ? on : draft.kinds.includes(k))) });
                }}
              />
              <label htmlFor={`${id}-${kind}`}>{words.kind[kind]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="plain">
        <legend>{words.exercises}</legend>
        {draft.items.length === 0 ? <p className="hint">{words.noExercisesYet}</p> : (
          <ol className="routine-items">
            {draft.items.map((item, index) => {
              const exercise = catalogue.exercise(item.exerciseId);
              const name = nameOf(item.exerciseId);
              return (
                <li key={item.exerciseId}>
                  <div className="item-name">
                    <span>{name}</span>
                    {catalogue.isLeftOut(item.exerciseId) && <span className="left-out-mark">{words.leftOut}</span>}
                  </div>
                  {exercise && (
                    <CountField
                      exercise={exercise} text={item.count}
                      onChange={(count) => { setItems(draft.items.map((it, i) => (i === index ? { ...it, count } : it))); }}
                    />
                  )}
                  <div className="item-actions">
                    <button type="button" aria-label={words.moveUp(name)} disabled={index === 0} onClick={() => { setItems(moved(draft.items, index, -1)); }}>↑</button>
                    <button
                      type="button" aria-label={words.moveDown(name)} disabled={index === draft.items.length - 1}
                      onClick={() => { setItems(moved(draft.items, index, 1)); }}
                    >↓</button>
                    <button type="button" aria-label={words.remove(name)} onClick={() => { setItems(draft.items.filter((_, i) => i !== index)); }}>✕</button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <div className="add-exercise">
          <label htmlFor={`${id}-add`}>{words.exerciseToAdd}</label>
          <select id={`${id}-add`} value={toAdd} onChange={(event) => { setToAdd(event.currentTarget.value); }}>
            {catalogue.exercises.map((exercise) => (
              <option key={exercise.id} value={exercise.id} disabled={draft.items.some((item) => item.exerciseId === exercise.id)}>
                {exercise.own ? words.ownMark(exercise.name) : exercise.name}
              </option>
            ))}
          </select>
          <button
            type="button" disabled={draft.items.some((item) => item.exerciseId === toAdd)}
            onClick={() => {
              const exercise = catalogue.exercise(toAdd);
              if (!exercise) return;
              const items = [...draft.items, { exerciseId: toAdd, count: String(doseCount(exercise.dosage)) }];
              setItems(items);
              // The picker moves on to the next exercise not yet in the routine, ready for another Add.
              const next = catalogue.exercises.find((e) => !items.some((item) => item.exerciseId === e.id));
              if (next) setToAdd(next.id);
            }}
          >{words.add}</button>
        </div>
      </fieldset>
      <div aria-live="polite" className="routine-length">
        <p>{words.length(routineSettingsWords.length(exercisesSeconds(exercises)))}</p>
        {fitsOf(exercises, draft.kinds, settings).map(({ kind, seconds, fit }) => fit !== 'fits' && (
          <p key={kind} className="fit-warning">{fit === 'shortened' ? words.shortened(kind, seconds) : words.wontFit(kind, seconds)}</p>
        ))}
      </div>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{routineSettingsWords.notSaved}</p>
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      <div className="controls">
        <button type="button" onClick={() => { void save(); }}>{words.save}</button>
        <button type="button" onClick={onCancel}>{words.cancel}</button>
      </div>
    </section>
  );
}
