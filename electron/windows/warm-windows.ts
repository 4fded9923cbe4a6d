import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { Catalogue } from '../../core/exercises/catalogue';
import type { AppState } from '../../core/host';
import { routineToOffer } from '../../core/host-routines';
import type { BreakKind } from '../../core/kinds';
import type { Settings } from '../../core/settings/schema';
import { promptToWarm } from '../../core/shell/warm';
import { breakQuery, type Screen, type Windows } from './windows';

export interface WarmWindowsDeps {
  windows: Pick<Windows, 'show' | 'prepare' | 'close' | 'isShown' | 'isPrepared' | 'whenShown'>;
  /** False where a prompt window could open behind others or take the keyboard: the notification is the prompt. */
  promptWindows: boolean;
  settings(): Settings;
  state(): AppState;
  /** The library's routines and the user's own, less what is left out. */
  catalogue(): Catalogue;
  /** Chooses the routine a prompt offers and remembers it, so that the notification's click starts the same one. */
  offer(kind: BreakKind): string;
  snapshot(): EngineSnapshot;
}

const promptQuery = (kind: BreakKind, routine: string) => new URLSearchParams({ kind, routine }).toString();
const isDue = (s: EngineSnapshot) => s.pending?.phase === 'due';

/**
 * The prompt and break windows, loaded hidden just before they are needed so that they only have to appear: the
 * prompt in the half minute before its break falls due, and the break while the prompt that offers it is on screen.
 * Every other moment with no window on screen has no renderer process.
 */
export function createWarmWindows(deps: WarmWindowsDeps) {
  const { windows } = deps;
  /** The kind of the prompt put on screen last; it counts only while that prompt is still shown. */
  let promptKind: BreakKind | null = null;
  const closeHiddenBreak = () => {
    if (windows.isPrepared('break')) windows.close('break');
  };
  return {
    /** After every engine step: a prompt on screen goes once its break is no longer due; the hidden ones follow the rule. */
    refresh(snapshot: EngineSnapshot) {
      if (windows.isShown('prompt') && !isDue(snapshot)) windows.close('prompt');
      if (!windows.isShown('prompt')) {
        const kind = deps.promptWindows ? promptToWarm(snapshot, deps.settings()) : null;
        if (kind) windows.prepare('prompt', promptQuery(kind, routineToOffer(kind, deps.settings(), deps.state(), deps.catalogue())));
        else windows.close('prompt');
      }
      if (!isDue(snapshot) && !snapshot.breakInProgress) closeHiddenBreak();
    },
    /** A break fell due: its prompt appears without focus, then its routine is loaded hidden for Start. */
    due(kind: BreakKind) {
      if (!deps.promptWindows || deps.settings().promptStyle !== 'notification-and-window') return;
      // A reminder while the prompt is still up leaves it as it is, routine included.
      if (windows.isShown('prompt') && promptKind === kind) return;
      const routine = deps.offer(kind);
      promptKind = kind;
      windows.show('prompt', promptQuery(kind, routine), { focus: false });
      void windows.whenShown('prompt').then(() => {
        const now = deps.snapshot();
        if (windows.isShown('prompt') && isDue(now) && now.pending?.kind === kind) windows.prepare('break', breakQuery(routine, kind));
      });
    },
    /** The user closed a window: a break loaded for a prompt that is gone will not be started from it. */
    closedByUser(screen: Screen) {
      if (screen === 'prompt') closeHiddenBreak();
    },
  };
}
