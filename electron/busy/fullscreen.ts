import { signalsWords } from '../../core/words/signals';
import { gnomeIdleInhibited, withSessionBus } from './dbus';
import { messageOf, runTool } from './run';
import { signalOf, type BusySignal } from './signal';


export const isWayland = (env: NodeJS.ProcessEnv) => env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY) || !env.DISPLAY;

/** Fullscreen: on X11 the active window's state; Wayland shows no one another's windows, so GNOME's idle inhibitors stand in. */
export function fullscreenSignal(env: NodeJS.ProcessEnv, ownPids: () => number[]): BusySignal {
  return isWayland(env)
    ? signalOf('fullscreen', () => inhibitedOnWayland(env), () => signalsWords.via.linux.fullscreenWayland)
    : signalOf('fullscreen', () => activeWindowFullscreen(env, ownPids), () => signalsWords.via.linux.fullscreenX11);
}

async function xprop(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    return await runTool('xprop', ['-notype', ...args], env);
  } catch (error) {
    if (/unable to open display/.test(messageOf(error))) throw new Error(signalsWords.why.linux.noXServer(env.DISPLAY ?? ''), { cause: error });
    throw error;
  }
}

async function activeWindowFullscreen(env: NodeJS.ProcessEnv, ownPids: () => number[]): Promise<boolean> {
  const active = /window id # (0x[0-9a-f]+)/i.exec(await xprop(['-root', '_NET_ACTIVE_WINDOW'], env))?.[1];
  if (!active) throw new Error(signalsWords.why.linux.noActiveWindow);
  if (Number(active) === 0) return false;
  let window: string;
  try {
    window = await xprop(['-id', active, '_NET_WM_STATE', '_NET_WM_PID'], env);
  } catch (error) {
    if (/BadWindow/.test(messageOf(error))) return false; // It closed between the two questions.
    throw error;
  }
  const pid = Number(/_NET_WM_PID = (\d+)/.exec(window)?.[1]);
  return /_NET_WM_STATE = .*_NET_WM_STATE_FULLSCREEN/.test(window) && !ownPids().includes(pid);
}

async function inhibitedOnWayland(env: NodeJS.ProcessEnv): Promise<boolean> {
  return withSessionBus(env, gnomeIdleInhibited).catch((error: unknown) => {
    if (error instanceof TypeError) throw error;
    throw new Error(signalsWords.why.linux.fullscreenOnWayland, { cause: error });
  });
}
