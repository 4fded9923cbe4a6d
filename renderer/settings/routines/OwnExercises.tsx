import { useEffect, useId, useRef, useState } from 'react';
import type { OwnEdit, OwnSaveResult } from '../../../core/contract';
import type { OwnContent, OwnExerciseRecord } from '../../../core/exercises/own';
import { ownExerciseWords as words } from '../../../core/words/settings/own-exercises';
import { OwnExerciseEditor } from './own-exercise-editor';
import { routinesUsing, summaryOf } from './own-exercise-form';
import '../own-exercises.css';

type Save = (edit: OwnEdit) => Promise<OwnSaveResult>;

/** "Delete", asked about first in place; refused, naming them, while routines use the exercise. */
function DeleteExercise({ own, exercise, save, onDone }: { own: OwnContent; exercise: OwnExerciseRecord; save: Save; onDone: (message: string) => void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) question.current?.focus(); }, [asking]);
  const close = () => { setAsking(false); button.current?.focus(); };
  const ask = () => {
    const users = routinesUsing(own, exercise.id);
    if (users.length > 0) onDone(words.inUse(exercise.name, users));
    else setAsking(true);
  };
  const remove = async () => {
    const result = await save({ exercises: own.exercises.filter((other) => other.id !== exercise.id), routines: own.routines });
    onDone(result.ok ? words.deleted(exercise.name) : `${words.notSaved} ${result.errors.join('; ')}`);
    if (!result.ok) close();
  };
  return (
    <>
      <button type="button" ref={button} aria-expanded={asking} aria-label={words.deleteLabel(exercise.name)} onClick={ask}>{words.delete}</button>
      {asking && (
        <div
          className="confirm" role="group" aria-labelledby={`${id}-question`} tabIndex={-1} ref={question}
          onKeyDown={(event) => { if (event.key === 'Escape') close(); }}
        >
          <p id={`${id}-question`}>{words.deleteQuestion(exercise.name)}</p>
          <div className="controls">
            <button type="button" className="danger" onClick={() => { void remove(); }}>{words.delete}</button>
            <button type="button" onClick={close}>{words.cancel}</button>
          </div>
        </div>
      )}
    </>
  );
}

/** The user's own exercises: each with Edit and Delete, and "New exercise"; one editor open at a time. */
export function OwnExercises({ own, save }: { own: OwnContent; save: Save }) {
  const [editing, setEditing] = useState<OwnExerciseRecord | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const open = (exercise: OwnExerciseRecord | 'new') => { setMessage(''); setEditing(exercise); };
  const closeEditor = (saved: string | null) => {
    setEditing(null);
    if (saved) setMessage(saved);
    requestAnimationFrame(() => { newButton.current?.focus(); });
  };
  return (
    <fieldset className="own-exercises">
      <legend>{words.title}</legend>
      <p className="hint">{words.intro}</p>
      <p className="not-checked">{words.notChecked}</p>
      {own.exercises.length === 0 ? <p>{words.none}</p> : (
        <ul className="own-list">
          {own.exercises.map((exercise) => (
            <li key={exercise.id} className="own-item">
              <div className="own-item-text">
                <span className="own-item-name">{exercise.name}</span>
                <span className="hint">{summaryOf(exercise)}</span>
              </div>
              <div className="own-item-actions">
                <button type="button" aria-label={words.editLabel(exercise.name)} onClick={() => { open(exercise); }}>{words.edit}</button>
                <DeleteExercise own={own} exercise={exercise} save={save} onDone={setMessage} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="own-message" role="status">{message}</p>
      {editing === null
        ? <button type="button" ref={newButton} onClick={() => { open('new'); }}>{words.newExercise}</button>
        : <OwnExerciseEditor key={editing === 'new' ? '' : editing.id} own={own} editing={editing === 'new' ? null : editing} save={save} onClose={closeEditor} />}
    </fieldset>
  );
}
