import { useState } from 'react';
import { catalogueOf } from '../../../core/exercises/catalogue';
import type { OwnContent } from '../../../core/exercises/own';
import { ownExerciseWords } from '../../../core/words/settings/own-exercises';
import '../own-exercises.css';

const words = ownExerciseWords.leftOut;

/** The exercises This hurts has left out, since when, each with "Bring back". */
export function LeftOutList({ own, bringBack }: { own: OwnContent; bringBack: (exerciseId: string) => Promise<void> }) {
  const [message, setMessage] = useState('');
  const catalogue = catalogueOf(own);
  const now = Date.now();
  const nameOf = (id: string) => catalogue.exercise(id)?.name ?? words.unknown(id);
  const back = async (id: string) => {
    await bringBack(id);
    setMessage(words.broughtBack(nameOf(id)));
  };
  return (
    <fieldset className="left-out">
      <legend>{words.title}</legend>
      {own.leftOut.length === 0 ? <p className="hint">{words.none}</p> : (
        <>
          <p className="hint">{words.about}</p>
          <ul className="own-list">
            {own.leftOut.map((entry) => (
              <li key={entry.exercise} className="own-item">
                <div className="own-item-text">
                  <span className="own-item-name">{nameOf(entry.exercise)}</span>
                  <span className="hint">{words.since(entry.since, now)}</span>
                </div>
                <div className="own-item-actions">
                  <button type="button" aria-label={words.bringBackLabel(nameOf(entry.exercise))} onClick={() => { void back(entry.exercise); }}>
                    {words.bringBack}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="own-message" role="status">{message}</p>
    </fieldset>
  );
}
