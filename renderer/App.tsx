import { useEffect, useLayoutEffect, useState } from 'react';
import type { LimberBridge } from '../core/contract';
import { ROUTINES } from '../core/exercises/library';
import { commonWords } from '../core/words/common';
import type { BreakToRun } from './break/break-to-run';
import type { Language } from '../core/i18n/languages';
import { SpokenLanguage, useLanguageOf } from './language';
import { breakKind, parseRoute, promptKind, routeTitle } from './route';

// Each window shows one screen, so each screen is its own chunk: a window loads only what it shows.
// Loaded into state rather than with React.lazy, whose Suspense holds a first reveal back by up to 300 ms.
const CHUNKS = {
  '/break': () => import('./break/BreakScreen'),
  '/prompt': () => import('./prompt/BreakPrompt'),
  '/settings': () => import('./settings/SettingsScreen'),
  '/stats': () => import('./stats/StatsScreen'),
  '/welcome': () => import('./welcome/WelcomeScreen'),
  '/update': () => import('./update/UpdateScreen'),
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

/** The break a break route runs, once the user's routines and settings are read: undefined until then. */
function useBreakToRun(bridge: LimberBridge, path: string, params: URLSearchParams): BreakToRun | null | undefined {
  const routineId = params.get('routine') ?? '';
  const kind = breakKind(params);
  const route = `${routineId} ${kind ?? ''}`;
  const [loaded, setLoaded] = useState<{ route: string; run: BreakToRun | null } | null>(null);
  useEffect(() => {
    if (path !== '/break') return undefined;
    let current = true;
    // Loaded with the break's own chunk: reading the user's routines brings their schemas, which no other window needs.
    void import('./break/break-to-run').then(({ breakToRun }) => breakToRun(bridge, routineId, kind))
      .then((run) => { if (current) setLoaded({ route, run }); });
    return () => { current = false; };
  }, [bridge, path, route, routineId, kind]);
  return loaded?.route === route ? loaded.run : undefined;
}

const closeOrGoHome = () => {
  window.close();
  window.location.hash = '#/';
};

/** The page in the language main speaks (`language` at first), re-rendered in the new words when it changes. */
export function App({ bridge, language: first }: { bridge: LimberBridge; language: Language }) {
  const language = useLanguageOf(bridge, first);
  return <SpokenLanguage.Provider value={language}><Screen bridge={bridge} language={language} /></SpokenLanguage.Provider>;
}

function Screen({ bridge, language }: { bridge: LimberBridge; language: Language }) {
  const hash = useHash();
  const { path, params } = parseRoute(hash);
  // The title follows the route and the language; set before the screens' own effects, which name more (the
  // settings' section, the routine).
  useLayoutEffect(() => { document.title = routeTitle(hash); }, [hash, language]);
  const chunk = useChunk(path);
  const run = useBreakToRun(bridge, path, params);
  const noBreak = path === '/break' && run === null;
  // A break route that runs nothing shows the home page, which names the window as the home page does.
  useEffect(() => { if (noBreak) document.title = commonWords.previewHome.title; }, [noBreak, language]);
  if (path === '/break' && run === undefined) return null;
  if (hasChunk(path) && !chunk[path] && !noBreak) return null;
  const { BreakScreen } = chunk['/break'] ?? {};
  const { SettingsScreen } = chunk['/settings'] ?? {};
  const { StatsScreen } = chunk['/stats'] ?? {};
  const { WelcomeScreen } = chunk['/welcome'] ?? {};
  const { BreakPrompt } = chunk['/prompt'] ?? {};
  const { UpdateScreen } = chunk['/update'] ?? {};
  if (path === '/break' && run && BreakScreen) return <BreakScreen key={params.toString()} {...run} bridge={bridge} />;
  if (path === '/settings' && SettingsScreen) return <SettingsScreen bridge={bridge} />;
  if (path === '/stats' && StatsScreen) return <StatsScreen bridge={bridge} />;
  // Limber closes the welcome and update windows; a browser tab cannot close itself, so the preview goes home instead.
  if (path === '/welcome' && WelcomeScreen) return <WelcomeScreen bridge={bridge} onDone={closeOrGoHome} />;
  if (path === '/update' && UpdateScreen) return <UpdateScreen key={params.toString()} bridge={bridge} onClose={closeOrGoHome} />;
  if (path === '/prompt' && BreakPrompt) return <BreakPrompt kind={promptKind(params)} offered={params.get('routine')} bridge={bridge} />;
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
          <li><a href="#/update">{words.update}</a></li>
        </ul>
      </nav>
    </main>
  );
}
