import { useEffect, useState } from 'react';
import type { LimberBridge } from '../electron/core/contract';
import { ROUTINES, routineById } from '../electron/core/exercises/library';
import { BreakScreen } from './break/BreakScreen';
import { BreakPrompt } from './prompt/BreakPrompt';
import { SettingsScreen } from './settings/SettingsScreen';
import { StatsScreen } from './stats/StatsScreen';
import { WelcomeScreen } from './welcome/WelcomeScreen';

/** `#/break?routine=lower-back-reset` → { path: '/break', params }. */
export function parseRoute(hash: string): { path: string; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const update = () => { setHash(window.location.hash); };
    window.addEventListener('hashchange', update);
    return () => { window.removeEventListener('hashchange', update); };
  }, []);
  return hash;
}

export function App({ bridge }: { bridge: LimberBridge }) {
  const { path, params } = parseRoute(useHash());
  const routine = routineById(params.get('routine') ?? '');
  if (path === '/break' && routine) return <BreakScreen key={routine.id} routine={routine} bridge={bridge} />;
  if (path === '/settings') return <SettingsScreen bridge={bridge} />;
  if (path === '/stats') return <StatsScreen bridge={bridge} />;
  // Limber closes the welcome window; a browser tab cannot close itself, so the preview goes home instead.
  if (path === '/welcome') return <WelcomeScreen bridge={bridge} onDone={() => { window.close(); window.location.hash = '#/'; }} />;
  if (path === '/prompt') return <BreakPrompt kind={params.get('kind') === 'micro' ? 'micro' : 'long'} bridge={bridge} />;
  return (
    <main className="home">
      <h1>Limber</h1>
      <p>Short routines you can do in your chair. Pick one to try it now.</p>
      {path === '/break' && <p role="alert">There is no routine called “{params.get('routine')}”.</p>}
      <ul className="routine-list">
        {ROUTINES.map((r) => <li key={r.id}><a href={`#/break?routine=${r.id}`}>{r.name}</a></li>)}
      </ul>
      <nav aria-label="Limber's windows">
        <ul className="routine-list">
          <li><a href="#/settings">Settings</a></li>
          <li><a href="#/stats">Statistics</a></li>
          <li><a href="#/welcome">Welcome (first start)</a></li>
        </ul>
      </nav>
    </main>
  );
}
