import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LimberBridge } from '../core/contract';
import { App } from './App';
import { speakLikeMain } from './language';
import { lazyBridge } from './lazy-bridge';
import { routeTitle } from './route';
import { applyTheme } from './theme';
import './styles.css';

declare global {
  interface Window { limber?: LimberBridge }
}

// Inside Limber the preload provides the bridge; in a plain browser the preview runs the real engine here.
const bridge = window.limber ?? lazyBridge(import('./preview/bridge').then((m) => m.createPreviewBridge(window.localStorage)));
void bridge.settings().then((settings) => { applyTheme(settings.theme); });
// Nothing is shown before the page speaks the language main speaks: no word in another one ever reaches the screen.
// The title says what the window shows from that moment; index.html's plain "Limber" never names a page.
void speakLikeMain(bridge).then((language) => {
  if (!language) return;
  document.title = routeTitle(window.location.hash);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode><App bridge={bridge} language={language} /></StrictMode>);
});
