import { useEffect, useRef, useState } from 'react';
import type { LimberBridge } from '../../core/contract';
import { matchingPreset, PRESETS, type Preset } from '../../core/settings/presets';
import { Taste } from './Taste';
import './welcome.css';

/** The first start: what Limber does, the safety notes, how often to break, and a short taste of a routine. */
export function WelcomeScreen({ bridge, onDone }: { bridge: LimberBridge; onDone: () => void }) {
  const [preset, setPreset] = useState<Preset['id']>('standard');
  const [checkIns, setCheckIns] = useState(false);
  const [startAtLogin, setStartAtLogin] = useState(true);
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
    });
  }, [bridge]);

  const finish = async () => {
    if (finishing.current) return;
    finishing.current = true;
    setSaving(true);
    const chosen = PRESETS.find((p) => p.id === preset);
    const result = await bridge.saveSettings({ ...chosen?.timing, checkIns, startAtLogin });
    if (result.ok) onDone();
    else setErrors(result.errors);
    finishing.current = false;
    setSaving(false);
  };

  return (
    <main className="welcome">
      <h1>Welcome to Limber</h1>
      <p>Limber notices how long you have been sitting and reminds you to move before it adds up.</p>
      <ul>
        <li>It counts sitting time from your keyboard and mouse, your screen lock and sleep. Time away from the desk counts as a break.</li>
        <li>When a break is due, it offers a short routine you can do in your chair, with a timer that counts the holds, reps and sides.</li>
        <li>It keeps a history on this computer only, so you can see whether the breaks help.</li>
      </ul>

      <section className="safety" aria-labelledby="welcome-safety">
        <h2 id="welcome-safety">Before you start</h2>
        <ul>
          <li>Move slowly and only as far as feels comfortable. A stretch should never hurt.</li>
          <li>If something hurts, stop. If pain spreads into your legs, or you notice numbness or swelling, please check with a doctor.</li>
          <li>With a back injury, disc problems, or back pain that has lasted more than three days, ask a doctor or physical therapist before you start.</li>
        </ul>
        <p className="fine-print">Limber offers general guidance, not medical advice.</p>
      </section>

      <fieldset className="welcome-presets">
        <legend>How often would you like a break?</legend>
        {PRESETS.map((p) => (
          <label key={p.id} className="welcome-choice">
            <input type="radio" name="preset" value={p.id} checked={preset === p.id} onChange={() => { choose(setPreset)(p.id); }} />
            <span><strong>{p.name}</strong> {p.summary}</span>
          </label>
        ))}
        <p className="fine-print">You can change the exact times in Settings whenever you like.</p>
      </fieldset>

      <fieldset>
        <legend>Options</legend>
        <label className="welcome-choice">
          <input type="checkbox" checked={checkIns} onChange={(event) => { choose(setCheckIns)(event.target.checked); }} />
          <span>Ask me how stiff I feel before and after each long break&rsquo;s routine, in the area it works (such as the back or the neck), so I can see the trend. (Optional, one tap, kept on this computer.)</span>
        </label>
        <label className="welcome-choice">
          <input type="checkbox" checked={startAtLogin} onChange={(event) => { choose(setStartAtLogin)(event.target.checked); }} />
          <span>Start Limber when I log in</span>
        </label>
      </fieldset>

      <section aria-labelledby="welcome-taste">
        <h2 id="welcome-taste">Try one now</h2>
        {tasting ? <Taste /> : (
          <button type="button" onClick={() => { setTasting(true); }}>Try Posture reset, the micro break routine (25 s)</button>
        )}
      </section>

      {errors.length > 0 && (
        <div role="alert"><p>Your choices could not be saved:</p><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></div>
      )}
      <div className="controls">
        <button type="button" className="primary" disabled={saving} onClick={() => { void finish(); }}>Start using Limber</button>
      </div>
    </main>
  );
}
