import { useEffect, useId, useRef, useState } from 'react';
import type { OwnRoutine } from '../../../core/exercises/own';
import { routineSettingsWords as words } from '../../../core/words/settings/routines';

interface Props {
  routine: OwnRoutine;
  /** How long it runs, as written for the user. */
  length: string;
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onDuplicate: () => void;
  onTry: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One own routine in the list, with what can be done to it; Delete asks first, in place. */
export function RoutineRow({ routine, length, first, last, onEdit, onMove, onDuplicate, onTry, onExport, onDelete }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const keep = () => {
    setAsking(false);
    deleteButton.current?.focus();
  };
  return (
    <li className="own-routine">
      <div className="own-routine-about">
        <span className="own-routine-name" id={`${id}-name`}>{routine.name}</span>
        <span className="hint">{words.kinds(routine.forKinds)} · {length}</span>
      </div>
      <div className="controls" role="group" aria-label={words.actionsFor(routine.name)}>
        <button type="button" onClick={onEdit}>{words.edit}</button>
        <button type="button" disabled={first} onClick={() => { onMove(-1); }}>{words.moveUp}</button>
        <button type="button" disabled={last} onClick={() => { onMove(1); }}>{words.moveDown}</button>
        <button type="button" onClick={onDuplicate}>{words.duplicate}</button>
        <button type="button" onClick={onTry}>{words.tryNow}</button>
        <button type="button" onClick={onExport}>{words.export}</button>
        <button type="button" className="danger" ref={deleteButton} aria-expanded={asking} onClick={() => { setAsking(true); }}>{words.delete}</button>
      </div>
      {asking && (
        <div
          className="confirm" role="group" aria-labelledby={`${id}-question`} tabIndex={-1} ref={question}
          onKeyDown={(event) => { if (event.key === 'Escape') keep(); }}
        >
          <p id={`${id}-question`}>{words.deleteQuestion(routine.name)}</p>
          <div className="controls">
            <button type="button" className="danger" onClick={onDelete}>{words.delete}</button>
            <button type="button" onClick={keep}>{words.keep}</button>
          </div>
        </div>
      )}
    </li>
  );
}
