// The real-Electron suite's desktop: one per test file, or a SKIPPED notice where this machine lacks what the suite needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { findRuntime } from '../scripts/electron-runtime';
import { ROOT } from '../scripts/package-linux';
import { DESKTOP_PROGRAMS, startDesktop, type Desktop } from './desktop';
import { missingMonitorPrograms, type DisplayShape } from './display';
import { missingPrograms } from './programs';

export const SHOTS = join(ROOT, 'test-results', 'electron');

/** Real Electron starts take seconds on a busy 2-core machine; these are limits, not measurements. */
export const E2E_TIMEOUT = 120_000;

/**
 * The desktop's programs, and those the tests drive it with besides: someone typing, watching files, a call, another
 * program holding a key combination.
 */
const SUITE_PROGRAMS = [...DESKTOP_PROGRAMS, 'xterm', 'inotifywait', 'wmctrl', 'pulseaudio', 'pactl', 'parec', 'xbindkeys'];

/** Why this machine can't run the suite, or null when it can. */
export function whyNoRealElectron(): string | null {
  const runtime = findRuntime();
  if ('missing' in runtime) return runtime.missing;
  const missing = missingPrograms(SUITE_PROGRAMS);
  if (missing.length > 0) return `no ${missing.join(', ')} (apt-get install xvfb dbus xsettingsd dunst libnotify-bin openbox trayer xdotool x11-utils x11-xserver-utils imagemagick xterm inotify-tools wmctrl pulseaudio pulseaudio-utils xbindkeys)`;
  return null;
}

/** One virtual desktop per test file of `suite`, of the display's `shape`; `skip` where the machine can't have it. */
export function useDesktop(suite: string, shape?: DisplayShape) {
  const missing = shape?.monitors ? missingMonitorPrograms() : [];
  const why = whyNoRealElectron() ?? (missing.length > 0 ? `no ${missing.join(', ')} (apt-get install xserver-xorg-core xserver-xorg-video-dummy)` : null);
  if (why) console.warn(`${suite}: real-Electron tests SKIPPED: ${why}.`);
  let desktop: Desktop | undefined;
  beforeAll(async () => { if (!why) desktop = await startDesktop(shape); }, E2E_TIMEOUT);
  afterAll(async () => { await desktop?.stop(); });
  return {
    skip: why !== null,
    get: (): Desktop => {
      if (!desktop) throw new Error('the desktop did not start');
      return desktop;
    },
  };
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
