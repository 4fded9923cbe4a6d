import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { OwnEdit, OwnSaveResult } from '../../../core/contract';
import { OWN_LIMITS, type OwnContent, type OwnExerciseRecord } from '../../../core/exercises/own';
import { ownId } from '../../../core/exercises/own-ids';
import { numberFieldWords } from '../../../core/words/settings/fields';
import { ownExerciseWords } from '../../../core/words/settings/own-exercises';
import { Choice, LabelledField } from './own-exercise-fields';
import {
  AREAS, DOSE_FIELDS, DOSE_KINDS, formOf, formProblems, NEW_FORM, POSTURES, rangeOf, recordOf, recordSeconds, unitOf,
  type DoseField, type FormField, type OwnExerciseForm,
} from './own-exercise-form';

const words = ownExerciseWords.editor;

interface Props {
  own: OwnContent;
  /** The exercise being edited, or none for a new one. */
  editing: OwnExerciseRecord | null;
  save: (edit: OwnEdit) => Promise<OwnSaveResult>;
  /** Called when the editor closes: what was saved, or nothing when it was cancelled. */
  onClose: (saved: string | null) => void;
}

/** Writes or rewrites an own exercise; each field says what it allows, and a refused value is explained at the field. */
export function OwnExerciseEditor({ own, editing, save, onClose }: Props) {
  const titleId = useId();
  const [form, setForm] = useState<OwnExerciseForm>(editing ? formOf(editing) : NEW_FORM);
  // A field's problem shows once it has been typed in and left, or when saving is tried: not on merely passing by.
  const [typedIn, setTypedIn] = useState<ReadonlySet<FormField>>(new Set());
  const [left, setLeft] = useState<ReadonlySet<FormField>>(new Set());
  const [triedSaving, setTriedSaving] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => { formElement.current?.querySelector('input')?.focus(); }, []);

  const problems = formProblems(form);
  const shown = (field: FormField) => (triedSaving || left.has(field) ? problems[field] : undefined);
  const change = (next: Partial<OwnExerciseForm>) => { setForm({ ...form, ...next }); setRefused([]); };
  const type = (field: FormField, next: Partial<OwnExerciseForm>) => { change(next); setTypedIn(new Set(typedIn).add(field)); };
  const leave = (field: FormField) => () => { if (typedIn.has(field)) setLeft(new Set(left).add(field)); };
  const id = editing?.id ?? ownId(form.name, new Set(own.exercises.map((exercise) => exercise.id)), 'exercise');
  const record = recordOf(form, id);

  const submit = async () => {
    if (!record) {
      flushSync(() => { setTriedSaving(true); });
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const exercises = editing ? own.exercises.map((exercise) => (exercise.id === id ? record : exercise)) : [...own.exercises, record];
    const result = await save({ exercises, routines: own.routines });
    if (result.ok) onClose(ownExerciseWords.saved(record.name));
    else setRefused(result.errors);
  };

  const numberField = (field: DoseField) => {
    const [min, max] = rangeOf(form.kind, field);
    const unit = unitOf(field);
    return (
      <LabelledField
        key={field} label={ownExerciseWords.fieldLabel(form.kind, field)} hint={numberFieldWords.hint(unit, min, max)} message={shown(field)}
        control={(control) => (
          <span className="input-with-unit">
            <input
              {...control} type="text" inputMode="numeric" autoComplete="off" value={form.numbers[field]} onBlur={leave(field)}
              onChange={(event) => { type(field, { numbers: { ...form.numbers, [field]: event.currentTarget.value } }); }}
            />
            <span className="unit" aria-hidden="true">{numberFieldWords.unit(unit, Number(form.numbers[field]))}</span>
          </span>
        )}
      />
    );
  };

  return (
    <form
      className="own-editor" aria-labelledby={titleId} ref={formElement} noValidate
      onSubmit={(event) => { event.preventDefault(); void submit(); }}
      onKeyDown={(event) => { if (event.key === 'Escape') onClose(null); }}
    >
      <h3 id={titleId}>{editing ? words.editTitle(editing.name) : words.newTitle}</h3>
      <LabelledField
        label={words.name} hint={words.nameHint(OWN_LIMITS.nameChars)} message={shown('name')}
        control={(control) => (
          <input
            {...control} type="text" className="wide" autoComplete="off" value={form.name} onBlur={leave('name')}
            onChange={(event) => { type('name', { name: event.currentTarget.value }); }}
          />
        )}
      />
      <Choice
        legend={words.posture} value={form.posture} options={POSTURES.map((posture) => [posture, ownExerciseWords.postures[posture]] as const)}
        onChange={(posture) => { change({ posture }); }}
      />
      <LabelledField
        label={words.area} message={undefined}
        control={(control) => (
          <select
            {...control} value={form.area}
            onChange={(event) => { change({ area: AREAS.find((area) => area === event.currentTarget.value) ?? form.area }); }}
          >
            {AREAS.map((area) => <option key={area} value={area}>{ownExerciseWords.areas[area]}</option>)}
          </select>
        )}
      />
      <LabelledField
        label={words.steps} hint={words.stepsHint(OWN_LIMITS.steps, OWN_LIMITS.stepChars)} message={shown('steps')}
        control={(control) => (
          <textarea
            {...control} rows={5} value={form.steps} onBlur={leave('steps')}
            onChange={(event) => { type('steps', { steps: event.currentTarget.value }); }}
          />
        )}
      />
      <Choice
        legend={words.doseShape} value={form.kind} options={DOSE_KINDS.map((kind) => [kind, ownExerciseWords.kinds[kind]] as const)}
        onChange={(kind) => { change({ kind }); }}
      />
      {DOSE_FIELDS[form.kind].map(numberField)}
      <Choice
        legend={words.sides} value={form.sides} options={([1, 2] as const).map((sides) => [sides, ownExerciseWords.sideChoices[sides]] as const)}
        onChange={(sides) => { change({ sides }); }}
      />
      <p className={record ? 'own-length' : 'own-length hint'} aria-live="polite">{record ? words.length(recordSeconds(record)) : words.lengthUnknown}</p>
      {refused.length > 0 && (
        <div className="problems" role="alert">
          <p>{ownExerciseWords.notSaved}</p>
          <ul>{refused.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      <div className="controls">
        <button type="submit" className="primary">{words.save}</button>
        <button type="button" onClick={() => { onClose(null); }}>{ownExerciseWords.cancel}</button>
      </div>
    </form>
  );
}
