import { useEffect, useRef, useState, type Ref } from 'react';
import type { LimberBridge } from '../../core/contract';
import { screenTitle, updateMode, type UpdateMode } from '../../core/shell/titles';
import type { UpdateOffer, UpdateStep, UpdateView } from '../../core/updates/offer';
import { updatesWords } from '../../core/words/updates';
import { parseRoute } from '../route';
import { useSpokenLanguage } from '../language';
import './update.css';

const words = updatesWords.window;

interface Props {
  bridge: LimberBridge;
  /** What Close, Later and Escape do: Limber closes the window; the preview's tab goes home instead. */
  onClose?: () => void;
}

/**
 * The update window, in one of three modes from its query: the question asked once of users who had Limber before
 * update checks (`?ask`), What's new after an update (`?whats-new=1.2.0`), or the newer version on offer with its
 * notes and download (`?version=1.2.0`, or no query). Escape closes it, as Close does.
 */
export function UpdateScreen({ bridge, onClose = () => { window.close(); } }: Props) {
  const mode = updateMode(parseRoute(window.location.hash).params);
  const closing = useRef(onClose);
  closing.current = onClose;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape' && !event.defaultPrevented) closing.current(); };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, []);
  if (mode.mode === 'ask') return <Ask bridge={bridge} onClose={onClose} />;
  return <Loaded bridge={bridge} mode={mode} onClose={onClose} />;
}

/** Focuses the heading once it shows, so that a screen reader starts at the top and Tab reaches the first control. */
function useFocusedHeading(ready: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (ready) heading.current?.focus(); }, [ready]);
  return heading;
}

function CloseButton({ onClose, button }: { onClose: () => void; button?: Ref<HTMLButtonElement> }) {
  return <button type="button" ref={button} onClick={onClose}>{words.close}</button>;
}

function Ask({ bridge, onClose }: { bridge: LimberBridge; onClose: () => void }) {
  const ask = updatesWords.ask;
  const [saved, setSaved] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const heading = useFocusedHeading(true);
  const close = useRef<HTMLButtonElement>(null);
  // The answer's buttons make way for Close: focus follows, rather than falling back to the page.
  useEffect(() => { if (saved !== null) close.current?.focus(); }, [saved]);
  const answer = async (check: boolean) => {
    if (saving) return;
    setSaving(true);
    const result = await bridge.saveSettings({ updates: { check } });
    setSaving(false);
    if (result.ok) {
      setErrors([]);
      setSaved(check);
    } else setErrors(result.errors);
  };
  return (
    <main className="update update-ask" aria-labelledby="update-title">
      <h1 id="update-title" tabIndex={-1} ref={heading}>{ask.title}</h1>
      <p>{ask.body}</p>
      <p className="fine-print">{updatesWords.checkHint}</p>
      {errors.length > 0 && (
        <div role="alert" className="update-problem"><p>{ask.notSaved}</p><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></div>
      )}
      <p role="status" className="update-saved">{saved === null ? '' : ask.saved(saved)}</p>
      <div className="controls">
        {saved === null ? (
          <>
            <button type="button" className="primary" disabled={saving} onClick={() => { void answer(true); }}>{ask.yes}</button>
            <button type="button" disabled={saving} onClick={() => { void answer(false); }}>{ask.no}</button>
          </>
        ) : <CloseButton onClose={onClose} button={close} />}
      </div>
    </main>
  );
}

/** The update view, read again whenever main says it has changed (the offer, the download's progress). */
function useUpdateView(bridge: LimberBridge): UpdateView | null {
  const [view, setView] = useState<UpdateView | null>(null);
  useEffect(() => {
    let current = true;
    const load = () => { void bridge.update().then((next) => { if (current) setView(next); }); };
    load();
    const stop = bridge.onChange(load);
    return () => {
      current = false;
      stop();
    };
  }, [bridge]);
  return view;
}

/** Release notes as the plain text they are (never HTML), in a region that scrolls and can be scrolled by keyboard. */
function Notes({ notes }: { notes: string }) {
  return <div className="update-notes" role="region" aria-label={words.notes} tabIndex={0}>{notes}</div>;
}

function Loaded({ bridge, mode, onClose }: { bridge: LimberBridge; mode: Exclude<UpdateMode, { mode: 'ask' }>; onClose: () => void }) {
  const view = useUpdateView(bridge);
  const heading = useFocusedHeading(view !== null);
  // Without a version in the query, the title names the one on offer once it is known.
  const untitled = mode.mode === 'offer' && !mode.version ? view?.offer?.version : undefined;
  const language = useSpokenLanguage();
  useEffect(() => {
    if (untitled) document.title = screenTitle('update', { update: { mode: 'offer', version: untitled } });
  }, [untitled, language]);
  if (!view) return null;
  if (mode.mode === 'whats-new') {
    const notes = view.whatsNew?.version === mode.version ? view.whatsNew.notes : '';
    return (
      <main className="update" aria-labelledby="update-title">
        <h1 id="update-title" tabIndex={-1} ref={heading}>{words.whatsNewTitle(mode.version)}</h1>
        {notes ? <Notes notes={notes} /> : <p>{words.whatsNewNone(mode.version)}</p>}
        <div className="controls"><CloseButton onClose={onClose} /></div>
      </main>
    );
  }
  const { offer } = view;
  if (!offer) {
    return (
      <main className="update" aria-labelledby="update-title">
        <h1 id="update-title" tabIndex={-1} ref={heading}>{words.upToDate(view.current)}</h1>
        <div className="controls"><CloseButton onClose={onClose} /></div>
      </main>
    );
  }
  return (
    <main className="update" aria-labelledby="update-title">
      <h1 id="update-title" tabIndex={-1} ref={heading}>{words.offerTitle(offer.version)}</h1>
      <p className="update-running">{words.running(view.current)}</p>
      <h2 id="update-notes-title">{words.notes}</h2>
      {offer.notes ? <Notes notes={offer.notes} /> : <p>{words.noNotes}</p>}
      {view.canInstall
        ? <Install offer={offer} step={(step) => { void bridge.updateStep(step); }} onClose={onClose} />
        : (
          <div className="update-actions">
            <p>{words.cannotInstall}</p>
            <div className="controls">
              <button type="button" className="primary" onClick={() => { void bridge.updateStep('download-page'); }}>{words.downloadPage}</button>
            </div>
          </div>
        )}
    </main>
  );
}

/** The download and install: its button, its progress, and the choice of now or on quitting once it has arrived. */
function Install({ offer, step, onClose }: { offer: UpdateOffer; step: (step: UpdateStep) => void; onClose: () => void }) {
  const actions = useRef<HTMLDivElement>(null);
  const shownState = useRef(offer.state);
  // A button that goes as the download moves on would leave focus nowhere: it moves to what took its place.
  useEffect(() => {
    const box = actions.current;
    if (shownState.current === offer.state || !box) return;
    shownState.current = offer.state;
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused !== box) return;
    (box.querySelector<HTMLElement>('button') ?? box).focus();
  }, [offer.state]);
  const percent = offer.percent ?? 0;
  const status = offer.state === 'downloading' ? words.downloadingNow(percent) : offer.state === 'downloaded' ? words.downloaded(offer.version) : '';
  return (
    <div className="update-actions" ref={actions} tabIndex={-1}>
      {offer.problem !== null && <p role="alert" className="update-problem">{words.problem(offer.problem)}</p>}
      {offer.state === 'downloading' && (
        <progress max={100} {...(offer.percent === null ? {} : { value: offer.percent })} aria-label={words.progress} />
      )}
      <p role="status" className="update-status">{status}</p>
      {offer.state === 'available' && (
        <>
          <div className="controls">
            <button type="button" className="primary" aria-describedby="update-download-hint" onClick={() => { step('download'); }}>{words.download}</button>
          </div>
          <p id="update-download-hint" className="fine-print">{words.downloadHint}</p>
        </>
      )}
      {offer.state === 'downloaded' && (
        <div className="controls">
          <button type="button" className="primary" onClick={() => { step('install-now'); }}>{words.restartNow}</button>
          <button type="button" onClick={onClose}>{words.later}</button>
        </div>
      )}
    </div>
  );
}
