import { act, type Command } from './commands/command';
import { ROUTINES, routineById } from './exercises/library';
import { commandLineWords as words } from './words/command-line';

/**
 * What the user's arguments ask: the usage, a command for Limber, or none (a plain start, with no arguments: what it
 * means is the caller's choice).
 */
export type CliResult = { ok: true; help: true } | { ok: true; command: Command | null } | { ok: false; error: string };

export const MAX_PAUSE_MINUTES = 1440;

const ROUTINE_IDS = ROUTINES.map((routine) => routine.id);

export const usage = () => words.usage(MAX_PAUSE_MINUTES, ROUTINE_IDS);

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

/** What one option asks: a command, or the usage. */
type Asked = Command | 'help';
type Checked = { ok: true; command: Command } | { ok: false; error: string };
type Parsed = { ok: true; asked: Asked; option: string; consumed: number } | { ok: false; error: string };

const SIMPLE: Record<string, Asked> = {
  '--resume': act({ action: 'resume' }),
  '--settings': { do: 'open', window: 'settings' },
  '--stats': { do: 'open', window: 'stats' },
  '--quit': { do: 'quit' },
  '--help': 'help',
  '-h': 'help',
};

function parsePause(value: string | undefined): Checked {
  if (value === undefined || value === '') return { ok: false, error: words.pauseNeedsValue(MAX_PAUSE_MINUTES) };
  if (value === 'tomorrow') return { ok: true, command: act({ action: 'pause', until: 'tomorrow' }) };
  const minutes = Number(value);
  if (value.trim() === '' || Number.isNaN(minutes)) return { ok: false, error: words.pauseNotMinutes(value) };
  if (!/^\d+$/.test(value) || minutes < 1 || minutes > MAX_PAUSE_MINUTES) {
    return { ok: false, error: words.pauseOutOfRange(value, MAX_PAUSE_MINUTES) };
  }
  return { ok: true, command: act({ action: 'pause', minutes }) };
}

function parseBreakNow(routine: string | undefined): Checked {
  if (routine === undefined) return { ok: true, command: { do: 'break-now' } };
  if (!routineById(routine)) return { ok: false, error: words.unknownRoutine(routine, ROUTINE_IDS) };
  return { ok: true, command: { do: 'break-now', routine } };
}

/** Reads the option at `args[0]`, and its value: after `=`, or the next argument when the option takes one. */
function parseOption(args: readonly string[]): Parsed {
  const [arg = '', next] = args;
  const equals = arg.indexOf('=');
  const name = equals === -1 ? arg : arg.slice(0, equals);
  const inline = equals === -1 ? undefined : arg.slice(equals + 1);
  const withConsumed = (result: Checked, consumed: number): Parsed =>
    (result.ok ? { ok: true, asked: result.command, option: name, consumed } : result);
  const simple = Object.hasOwn(SIMPLE, name) ? SIMPLE[name] : undefined;
  if (simple) {
    if (inline !== undefined) return { ok: false, error: words.takesNoValue(name) };
    return { ok: true, asked: simple, option: name, consumed: 1 };
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
  if (!arg.startsWith('-')) return { ok: false, error: words.unexpectedArgument(arg) };
  return { ok: false, error: words.unknownOption(name) };
}

/** Parses the user's arguments (see userArguments) into one command; anything off is an error, never a guess. */
export function parseCommandLine(args: readonly string[]): CliResult {
  let found: { option: string; asked: Asked } | null = null;
  for (let i = 0; i < args.length;) {
    const parsed = parseOption(args.slice(i));
    if (!parsed.ok) return parsed;
    if (found) return { ok: false, error: words.oneAtATime(found.option, parsed.option) };
    found = parsed;
    i += parsed.consumed;
  }
  if (found?.asked === 'help') return { ok: true, help: true };
  return { ok: true, command: found?.asked ?? null };
}
