import { ROUTINES, routineById } from './exercises/library';

/** `none` is a plain start with no arguments: what a second start then does is the caller's choice. */
export type CliCommand =
  | { command: 'none' }
  | { command: 'pause'; minutes: number }
  | { command: 'pause'; until: 'tomorrow' }
  | { command: 'resume' }
  | { command: 'break-now'; routine?: string }
  | { command: 'settings' }
  | { command: 'stats' }
  | { command: 'quit' }
  | { command: 'help' };

export type CliResult = { ok: true; command: CliCommand } | { ok: false; error: string };

export const MAX_PAUSE_MINUTES = 1440;

const ROUTINE_IDS = ROUTINES.map((routine) => routine.id).join(', ');

export const USAGE = `Usage: limber [option]

Sends one command to the Limber running in your tray.

  --pause <minutes>      Pause Limber for 1 to ${MAX_PAUSE_MINUTES} minutes: no prompts, sitting still counts
  --pause tomorrow       Pause Limber until tomorrow morning
  --resume               Resume after a pause
  --break-now [routine]  Start a break right away, with the given routine if named
  --settings             Open the settings window
  --stats                Open your break statistics
  --quit                 Quit Limber
  --help, -h             Show this help

Routines: ${ROUTINE_IDS}
`;

/**
 * Switches Chromium and Electron add to a second instance's argv (Chromium also moves every switch ahead of
 * the plain arguments there), and ones people start Electron apps with, such as --no-sandbox for an AppImage.
 * They are never ours, so they are dropped rather than reported as unknown options.
 */
const CHROMIUM_SWITCHES = new Set([
  'allow-file-access-from-files', 'original-process-start-time', 'enable-avfoundation', 'enable-crash-reporter',
  'no-sandbox', 'disable-gpu', 'disable-gpu-sandbox', 'user-data-dir', 'enable-features', 'disable-features',
  'ozone-platform', 'ozone-platform-hint', 'enable-wayland-ime', 'enable-logging', 'inspect', 'inspect-brk',
  'remote-debugging-port', 'force-device-scale-factor',
]);

const isChromiumSwitch = (arg: string) =>
  arg.startsWith('--') && CHROMIUM_SWITCHES.has(arg.slice(2).split('=', 1)[0] ?? '');

/**
 * The user's own arguments in an argv: without the executable, the app path that follows it when Electron runs
 * an unpackaged app (`electron .`), and Chromium's switches. Meant for the second instance's own process.argv,
 * which keeps the user's order; the argv of the `second-instance` event may not, so forward these arguments to
 * the running instance through requestSingleInstanceLock's additionalData.
 */
export function userArguments(argv: readonly string[], isPackaged: boolean): string[] {
  const rest = argv.slice(1).filter((arg) => !isChromiumSwitch(arg));
  if (isPackaged) return rest;
  const appPath = rest.findIndex((arg) => !arg.startsWith('-'));
  return appPath === -1 ? rest : rest.toSpliced(appPath, 1);
}

const OPTION_NAMES = new Set(['--pause', '--resume', '--break-now', '--settings', '--stats', '--quit', '--help', '-h']);
const nameOf = (arg: string) => arg.split('=', 1)[0] ?? '';

/** Whether `next` is the value of the option `arg`, as parseOption reads it. */
function isValueOf(arg: string, next: string | undefined): boolean {
  if (next === undefined || arg.includes('=')) return false;
  if (arg === '--pause') return !next.startsWith('--');
  return arg === '--break-now' && !next.startsWith('-');
}

/**
 * Sorts the user's arguments into Limber's options (with their values) and everything else: what macOS adds to an
 * app's first launch (`-psn_0_…`), Chromium switches, stray words. Limber is strict about its own options only.
 */
export function splitArguments(args: readonly string[]): { ours: string[]; ignored: string[] } {
  const ours: string[] = [];
  const ignored: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!OPTION_NAMES.has(nameOf(arg))) {
      ignored.push(arg);
      continue;
    }
    ours.push(arg);
    const next = args[i + 1];
    if (isValueOf(arg, next) && next !== undefined) {
      ours.push(next);
      i++;
    }
  }
  return { ours, ignored };
}

type Parsed = { ok: true; command: CliCommand; option: string; consumed: number } | { ok: false; error: string };

const SIMPLE = { '--resume': 'resume', '--settings': 'settings', '--stats': 'stats', '--quit': 'quit', '--help': 'help', '-h': 'help' } as const;

const isSimple = (name: string): name is keyof typeof SIMPLE => Object.hasOwn(SIMPLE, name);

function parsePause(value: string | undefined): CliResult {
  if (value === undefined || value === '') {
    return { ok: false, error: `--pause needs a value: minutes from 1 to ${MAX_PAUSE_MINUTES}, or "tomorrow"` };
  }
  if (value === 'tomorrow') return { ok: true, command: { command: 'pause', until: 'tomorrow' } };
  const minutes = Number(value);
  if (value.trim() === '' || Number.isNaN(minutes)) {
    return { ok: false, error: `--pause "${value}" is neither a number of minutes nor "tomorrow"` };
  }
  if (!/^\d+$/.test(value) || minutes < 1 || minutes > MAX_PAUSE_MINUTES) {
    return { ok: false, error: `--pause "${value}": minutes must be a whole number from 1 to ${MAX_PAUSE_MINUTES}` };
  }
  return { ok: true, command: { command: 'pause', minutes } };
}

function parseBreakNow(routine: string | undefined): CliResult {
  if (routine === undefined) return { ok: true, command: { command: 'break-now' } };
  if (!routineById(routine)) return { ok: false, error: `unknown routine "${routine}"; the routines are: ${ROUTINE_IDS}` };
  return { ok: true, command: { command: 'break-now', routine } };
}

/** Reads the option at `args[0]`, and its value: after `=`, or the next argument when the option takes one. */
function parseOption(args: readonly string[]): Parsed {
  const [arg = '', next] = args;
  const equals = arg.indexOf('=');
  const name = equals === -1 ? arg : arg.slice(0, equals);
  const inline = equals === -1 ? undefined : arg.slice(equals + 1);
  const withConsumed = (result: CliResult, consumed: number): Parsed => (result.ok ? { ...result, option: name, consumed } : result);
  if (isSimple(name)) {
    if (inline !== undefined) return { ok: false, error: `${name} takes no value` };
    return { ok: true, command: { command: SIMPLE[name] }, option: name, consumed: 1 };
  }
  if (name === '--pause') {
    // A lone dash-led word is still the value, so "--pause -5" reports a bad number rather than a missing one.
    if (inline !== undefined || next === undefined || next.startsWith('--')) return withConsumed(parsePause(inline), 1);
    return withConsumed(parsePause(next), 2);
  }
  if (name === '--break-now') {
    if (inline !== undefined || next === undefined || next.startsWith('-')) return withConsumed(parseBreakNow(inline), 1);
    return withConsumed(parseBreakNow(next), 2);
  }
  if (!arg.startsWith('-')) return { ok: false, error: `unexpected argument "${arg}"; see limber --help` };
  return { ok: false, error: `unknown option "${name}"; see limber --help` };
}

/** Parses the user's arguments (see userArguments) into one command; anything off is an error, never a guess. */
export function parseCommandLine(args: readonly string[]): CliResult {
  let found: { option: string; command: CliCommand } | null = null;
  for (let i = 0; i < args.length;) {
    const parsed = parseOption(args.slice(i));
    if (!parsed.ok) return parsed;
    if (found) return { ok: false, error: `one command at a time, but got both ${found.option} and ${parsed.option}` };
    found = parsed;
    i += parsed.consumed;
  }
  return { ok: true, command: found?.command ?? { command: 'none' } };
}
