import { useEffect, useState } from 'react';
import type { LimberBridge } from '../core/contract';
import { ROUTINES, routineById } from '../core/exercises/library';
import { commonWords } from '../core/words/common';
import { parseRoute, promptKind } from './route';

// Each window shows one screen, so each screen is its own chunk: a window loads only what it shows.
// Loaded into state rather than with React.lazy, whose Suspense holds a first reveal back by up to 300 ms.
const CHUNKS = {
  '/break': () => import('./break/BreakScreen'),
  '/prompt': () => import('./prompt/BreakPrompt'),
  '/settings': () => import('./settings/SettingsScreen'),
  '/stats': () => import('./stats/StatsScreen'),
  '/welcome': () => import('./welcome/WelcomeScreen'),
};
type Chunks = { [P in keyof typeof CHUNKS]?: Awaited<ReturnType<(typeof CHUNKS)[P]>> };
const hasChunk = (path: string): path is keyof typeof CHUNKS => path in CHUNKS;

function useChunk(path: string): Chunks {
  const [loaded, setLoaded] = useState<Chunks>({});
  useEffect(() => {
    if (!hasChunk(path) || loaded[path]) return;
    void CHUNKS[path]().then((chunk) => { setLoaded((now) => ({ ...now, [path]: chunk })); });
  }, [path, loaded]);
  return loaded;
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
  const chunk = useChunk(path);
  const routine = routineById(params.get('routine') ?? '');
  if (hasChunk(path) && !chunk[path] && (path !== '/break' || routine)) return null;
  const { BreakScreen } = chunk['/break'] ?? {};
  const { SettingsScreen } = chunk['/settings'] ?? {};
  const { StatsScreen } = chunk['/stats'] ?? {};
  const { WelcomeScreen } = chunk['/welcome'] ?? {};
  const { BreakPrompt } = chunk['/prompt'] ?? {};
  if (path === '/break' && routine && BreakScreen) return <BreakScreen key={routine.id} routine={routine} bridge={bridge} />;
  if (path === '/settings' && SettingsScreen) return <SettingsScreen bridge={bridge} />;
  if (path === '/stats' && StatsScreen) return <StatsScreen bridge={bridge} />;
  // Limber closes the welcome window; a browser tab cannot close itself, so the preview goes home instead.
  if (path === '/welcome' && WelcomeScreen) return <WelcomeScreen bridge={bridge} onDone={() => { window.close(); window.location.hash = '#/'; }} />;
  if (path === '/prompt' && BreakPrompt) return <BreakPrompt kind={promptKind(params)} offered={routine?.id ?? null} bridge={bridge} />;
  const words = commonWords.previewHome;
  return (
    <main className="home">
      <h1>{words.title}</h1>
      <p>{words.intro}</p>
      {path === '/break' && <p role="alert">{words.noSuchRoutine(params.get('routine') ?? '')}</p>}
      <ul className="routine-list">
        {ROUTINES.map((r) => <li key={r.id}><a href={`#/break?routine=${r.id}`}>{r.name}</a></li>)}
      </ul>
      <nav aria-label={words.windows}>
        <ul className="routine-list">
          <li><a href="#/settings">{words.settings}</a></li>
          <li><a href="#/stats">{words.stats}</a></li>
          <li><a href="#/welcome">{words.welcome}</a></li>
        </ul>
      </nav>
    </main>
  );
}
