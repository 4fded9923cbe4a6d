import './speak-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LimberBridge } from '../core/contract';
import { App } from './App';
import { lazyBridge } from './lazy-bridge';
import { routeTitle } from './route';
import { applyTheme } from './theme';
import './styles.css';

declare global {
  interface Window { limber?: LimberBridge }
}

// The window's title says what it shows from the start; index.html's plain "Limber" never reaches the screen.
const showTitle = () => { document.title = routeTitle(window.location.hash); };
showTitle();
window.addEventListener('hashchange', showTitle);

// Inside Limber the preload provides the bridge; in a plain browser the preview runs the real engine here.
const bridge = window.limber ?? lazyBridge(import('./preview/bridge').then((m) => m.createPreviewBridge(window.localStorage)));
void bridge.settings().then((settings) => { applyTheme(settings.theme); });
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App bridge={bridge} /></StrictMode>);
