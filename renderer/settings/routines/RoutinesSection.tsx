import { useEffect, useId, useMemo, useState } from 'react';
import type { ImportRoutineResult, LimberBridge, OwnEdit } from '../../../core/contract';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { ROUTINES, routineSeconds } from '../../../core/exercises/library';
import { EMPTY_OWN, type OwnContent, type OwnRoutine } from '../../../core/exercises/own';
import type { Routine } from '../../../core/exercises/types';
import type { Settings } from '../../../core/settings/schema';
import { routineSettingsWords as words } from '../../../core/words/settings/routines';
import { exportOutcome } from '../../export-outcome';
import { Routines } from '../BreakSections';
import type { SectionProps } from '../patch';
import { copyOf, type Draft, draftOf, EMPTY_DRAFT, moved, takenIds } from './draft';
import { LeftOutList } from './LeftOutList';
import { OwnExercises } from './OwnExercises';
import { RoutineEditor } from './RoutineEditor';
import { RoutineImport } from './RoutineImport';
import { RoutineRow } from './RoutineRow';
import '../routines.css';

interface Props extends SectionProps {
  bridge: LimberBridge;
  /** Takes settings main changed itself: saving routines unpins a deleted one. */
  onApplied: (settings: Settings) => void;
}

/** The pins, the user's own routines (list, editor, files), their own exercises and what This hurts left out. */
export function RoutinesSection({ bridge, settings, save, onApplied }: Props) {
  const id = useId();
  const [own, setOwn] = useState<OwnContent | null>(null);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<{ intro: string; list: string[] } | null>(null);
  const [builtIn, setBuiltIn] = useState(ROUTINES[0]?.id ?? '');
  useEffect(() => { void bridge.routines().then(setOwn); }, [bridge]);
  const catalogue = useMemo(() => catalogueOf(own ?? undefined), [own]);
  // The pins need no own routines to show Limber's; the rest waits for them.
  if (!own) return <Routines settings={settings} save={save} own={EMPTY_OWN} />;

  const tell = (message: string) => {
    setProblems(null);
    setNotice(message);
  };
  const saveOwn = async (edit: OwnEdit) => {
    const result = await bridge.saveRoutines(edit);
    if (result.ok) {
      setOwn(result.own);
      onApplied(await bridge.settings());
    }
    return result;
  };
  /** Saves the routines; on a refusal, its problems are for the caller to show. */
  const saveQuietly = async (routines: OwnRoutine[], done: string) => {
    const result = await saveOwn({ exercises: own.exercises, routines });
    if (result.ok) tell(done);
    return result.ok ? [] : result.errors;
  };
  const saveRoutines = async (routines: OwnRoutine[], done: string) => {
    const errors = await saveQuietly(routines, done);
    if (errors.length > 0) setProblems({ intro: words.notSaved, list: errors });
  };
  // The editor shows a refusal itself, beside its Save button.
  const saveEdited = async (routine: OwnRoutine) => {
    const known = own.routines.some((r) => r.id === routine.id);
    const errors = await saveQuietly(known ? own.routines.map((r) => (r.id === routine.id ? routine : r)) : [...own.routines, routine], words.editor.saved(routine.name));
    if (errors.length === 0) setEditing(null);
    return errors;
  };
  const addCopy = (routine: Routine | undefined) => routine && saveRoutines([...own.routines, copyOf(routine, takenIds(catalogue))], words.editor.saved(words.copyName(routine.name)));
  const imported = (result: ImportRoutineResult, file: string) => {
    if (result.ok) {
      setOwn(result.own);
      tell(words.imported(result.routine.name, file));
    } else {
      setNotice('');
      setProblems({ intro: words.notImported, list: result.errors });
    }
  };

  return (
    <>
      <Routines settings={settings} save={save} own={own} />
      <fieldset>
        <legend>{words.yours}</legend>
        {own.routines.length === 0 ? <p className="hint">{words.none}</p> : (
          <ul className="own-routines">
            {own.routines.map((routine, index) => (
              <RoutineRow
                key={routine.id} routine={routine} length={words.length(routineSeconds(routine, catalogue.exercise))}
                first={index === 0} last={index === own.routines.length - 1}
                onEdit={() => { setEditing(draftOf(routine, catalogue)); }}
                onMove={(by) => { void saveRoutines(moved(own.routines, index, by), ''); }}
                onDuplicate={() => { void addCopy(routine); }}
                onTry={() => { void bridge.startBreak(routine.id); }}
                onExport={() => { void bridge.exportRoutine(routine.id).then((result) => { tell(exportOutcome(result)); }); }}
                onDelete={() => { void saveRoutines(own.routines.filter((r) => r.id !== routine.id), words.deleted(routine.name)); }}
              />
            ))}
          </ul>
        )}
        {editing && (
          <RoutineEditor
            key={editing.id ?? ''} start={editing} catalogue={catalogue} settings={settings}
            onSave={saveEdited} onCancel={() => { setEditing(null); }}
          />
        )}
        <div className="controls routine-sources">
          <button type="button" onClick={() => { setEditing(EMPTY_DRAFT); }}>{words.newRoutine}</button>
          <RoutineImport importText={(text) => bridge.importRoutine(text)} onResult={imported} />
        </div>
        <div className="controls duplicate-built-in">
          <label htmlFor={`${id}-built-in`}>{words.builtIn}</label>
          <select id={`${id}-built-in`} value={builtIn} onChange={(event) => { setBuiltIn(event.currentTarget.value); }}>
            {ROUTINES.map((routine) => <option key={routine.id} value={routine.id}>{routine.name}</option>)}
          </select>
          <button type="button" onClick={() => { void addCopy(ROUTINES.find((r) => r.id === builtIn)); }}>{words.duplicateBuiltIn}</button>
        </div>
        <p role="status">{notice}</p>
        {problems && (
          <div role="alert" className="problems">
            <p>{problems.intro}</p>
            <ul>{problems.list.map((problem) => <li key={problem}>{problem}</li>)}</ul>
          </div>
        )}
      </fieldset>
      <OwnExercises own={own} save={saveOwn} />
      <LeftOutList own={own} bringBack={async (exerciseId) => { setOwn(await bridge.bringBack(exerciseId)); }} />
    </>
  );
}
