import { signalsWords } from '../../../core/words/signals';
import { bindOnce } from '../ffi';
import { signalOf, type BusySignal } from '../signal';

export const SH_QUERY_PROTOTYPE = 'int32_t __stdcall SHQueryUserNotificationState(_Out_ int32_t *state)';

/** What each of SHQueryUserNotificationState's answers (QUERY_USER_NOTIFICATION_STATE, shellapi.h) means for a break. */
const FULLSCREEN_BY_STATE: Record<number, boolean> = {
  1: false, // QUNS_NOT_PRESENT: the screen saver, a locked screen or a switched user, which Limber reads as away.
  2: true, // QUNS_BUSY: an app fills the screen.
  3: true, // QUNS_RUNNING_D3D_FULL_SCREEN: a fullscreen game or video.
  4: true, // QUNS_PRESENTATION_MODE: the user said they are presenting.
  5: false, // QUNS_ACCEPTS_NOTIFICATIONS
  6: false, // QUNS_QUIET_TIME: the first hour after a new user signs in for the first time.
  7: false, // QUNS_APP: a Store app is in front (Windows 8's full-screen apps).
};

/** Whether Windows' answer means that something fills the screen; an answer Limber doesn't know is an error. */
export function fullscreenFromState(result: number, state: number): boolean {
  if (result !== 0) throw new Error(signalsWords.why.windows.fullscreenNotSaid(result));
  const fullscreen = FULLSCREEN_BY_STATE[state];
  if (fullscreen === undefined) throw new Error(signalsWords.why.windows.notificationStateUnknown(state));
  return fullscreen;
}

const notificationState = bindOnce((koffi) => koffi.load('shell32.dll').func(SH_QUERY_PROTOTYPE));

/** Fullscreen or presenting, on Windows: what Windows itself consults before it shows a notification. */
export function windowsFullscreenSignal(): BusySignal {
  const read = async () => {
    const query = await notificationState();
    const state = [0];
    return fullscreenFromState(query(state) as number, state[0] ?? 0);
  };
  return signalOf('fullscreen', read, () => signalsWords.via.windows.fullscreen);
}
