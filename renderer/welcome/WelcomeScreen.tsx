import { useEffect, useRef, useState } from 'react';
import type { LimberBridge } from '../../core/contract';
import { matchingPreset, PRESETS, type Preset } from '../../core/settings/presets';
import { commonWords } from '../../core/words/common';
import { breakSettingsWords } from '../../core/words/settings/breaks';
import { updatesWords } from '../../core/words/updates';
import { welcomeWords } from '../../core/words/welcome';
import { Taste } from './Taste';
import './welcome.css';

/** The first start: what Limber does, the safety notes, how often to break, and a short taste of a routine. */
export function WelcomeScreen({ bridge, onDone }: { bridge: LimberBridge; onDone: () => void }) {
  const [preset, setPreset] = useState<Preset['id']>('standard');
  const [checkIns, setCheckIns] = useState(false);
  const [startAtLogin, setStartAtLogin] = useState(true);
  const [checkUpdates, setCheckUpdates] = useState(false);
  const [tasting, setTasting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // A second press before the button shows as disabled must not save twice.
  const finishing = useRef(false);
  // The stored choices fill the form unless the user has already started choosing.
  const touched = useRef(false);
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    touched.current = true;
    set(value);
  };
  useEffect(() => {
    void bridge.settings().then((settings) => {
      if (touched.current) return;
      setPreset(matchingPreset(settings)?.id ?? 'standard');
      setCheckIns(settings.checkIns);
      setStartAtLogin(settings.startAtLogin);
      setCheckUpdates(settings.updates.check);
    });
  }, [bridge]);

  const finish = async () => {
    if (finishing.current) return;
    finishing.current = true;
    setSaving(true);
    const chosen = PRESETS.find((p) => p.id === preset);
    const result = await bridge.saveSettings({ ...chosen?.timing, checkIns, startAtLogin, updates: { check: checkUpdates } });
    if (result.ok) onDone();
    else setErrors(result.errors);
    finishing.current = false;
    setSaving(false);
  };

  return (
    <main className="welcome">
      <h1>{welcomeWords.title}</h1>
      <p>{welcomeWords.intro}</p>
      <ul>{welcomeWords.whatItDoes.map((line) => <li key={line}>{line}</li>)}</ul>

      <section className="safety" aria-labelledby="welcome-safety">
        <h2 id="welcome-safety">{welcomeWords.safetyTitle}</h2>
        <ul>{welcomeWords.safety.map((line) => <li key={line}>{line}</li>)}</ul>
        <p className="fine-print">{commonWords.notMedicalAdvice}</p>
      </section>

      <fieldset className="welcome-presets">
        <legend>{welcomeWords.howOften}</legend>
        {PRESETS.map((p) => (
          <label key={p.id} className="welcome-choice">
            <input type="radio" name="preset" value={p.id} checked={preset === p.id} onChange={() => { choose(setPreset)(p.id); }} />
            <span><strong>{breakSettingsWords.preset[p.id].name}</strong> {breakSettingsWords.preset[p.id].summary}</span>
          </label>
        ))}
        <p className="fine-print">{welcomeWords.changeLater}</p>
      </fieldset>

      <fieldset>
        <legend>{welcomeWords.options}</legend>
        <label className="welcome-choice">
          <input type="checkbox" checked={checkIns} onChange={(event) => { choose(setCheckIns)(event.target.checked); }} />
          <span>{welcomeWords.checkIns}</span>
        </label>
        <label className="welcome-choice">
          <input type="checkbox" checked={startAtLogin} onChange={(event) => { choose(setStartAtLogin)(event.target.checked); }} />
          <span>{commonWords.startAtLogin}</span>
        </label>
        <label className="welcome-choice">
          <input
            type="checkbox" checked={checkUpdates} aria-describedby="welcome-updates-hint"
            onChange={(event) => { choose(setCheckUpdates)(event.target.checked); }}
          />
          <span>{updatesWords.check}</span>
        </label>
        <p id="welcome-updates-hint" className="welcome-hint">{updatesWords.checkHint}</p>
      </fieldset>

      <section aria-labelledby="welcome-taste">
        <h2 id="welcome-taste">{welcomeWords.tryTitle}</h2>
        {tasting ? <Taste /> : (
          <button type="button" onClick={() => { setTasting(true); }}>{welcomeWords.tryButton}</button>
        )}
      </section>

      {errors.length > 0 && (
        <div role="alert"><p>{welcomeWords.notSaved}</p><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></div>
      )}
      <div className="controls">
        <button type="button" className="primary" disabled={saving} onClick={() => { void finish(); }}>{welcomeWords.startUsing}</button>
      </div>
    </main>
  );
}
