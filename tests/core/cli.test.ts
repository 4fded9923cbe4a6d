import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MINUTES, parseCommandLine, splitArguments, usage, userArguments, type CliResult } from '../../core/cli';
import { act, type Command } from '../../core/commands/command';
import { ROUTINES } from '../../core/exercises/library';

/** What a command line asks: a command, the usage, or nothing (null: a plain start). */
type Asked = Command | 'help' | null;
const askedBy = (result: CliResult & { ok: true }): Asked => ('help' in result ? 'help' : result.command);

const errorOf = (args: string[]) => {
  const result = parseCommandLine(args);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(args)}, got ${JSON.stringify(askedBy(result))}`);
  return result.error;
};

/** The arguments that ask for `asked`, to check that what parses also means what it says. */
function argumentsFor(asked: Asked): string[] {
  if (asked === null) return [];
  if (asked === 'help') return ['--help'];
  switch (asked.do) {
    case 'act': {
      const { action } = asked;
      if (action.action !== 'pause') return [`--${action.action}`];
      return ['--pause', 'minutes' in action ? String(action.minutes) : action.until];
    }
    case 'break-now': return asked.routine === undefined ? ['--break-now'] : ['--break-now', asked.routine];
    case 'open': return [`--${asked.window}`];
    case 'quit': return ['--quit'];
    case 'start-offered': throw new Error('the command line has no option that starts the break on offer');
  }
}

describe('parseCommandLine', () => {
  it.each<[string[], Asked]>([
    [[], null],
    [['--pause', '30'], act({ action: 'pause', minutes: 30 })],
    [['--pause=30'], act({ action: 'pause', minutes: 30 })],
    [['--pause', '1'], act({ action: 'pause', minutes: 1 })],
    [['--pause', '1440'], act({ action: 'pause', minutes: 1440 })],
    [['--pause', 'tomorrow'], act({ action: 'pause', until: 'tomorrow' })],
    [['--pause=tomorrow'], act({ action: 'pause', until: 'tomorrow' })],
    [['--resume'], act({ action: 'resume' })],
    [['--break-now'], { do: 'break-now' }],
    [['--break-now', 'unwind'], { do: 'break-now', routine: 'unwind' }],
    [['--break-now=quick-brace'], { do: 'break-now', routine: 'quick-brace' }],
    [['--settings'], { do: 'open', window: 'settings' }],
    [['--stats'], { do: 'open', window: 'stats' }],
    [['--quit'], { do: 'quit' }],
    [['--help'], 'help'],
    [['-h'], 'help'],
  ])('reads %j', (args, asked) => {
    expect(parseCommandLine(args)).toEqual(asked === 'help' ? { ok: true, help: true } : { ok: true, command: asked });
  });

  it.each([
    [['--pause'], '--pause needs a value: minutes from 1 to 1440, or "tomorrow"'],
    [['--pause='], '--pause needs a value: minutes from 1 to 1440, or "tomorrow"'],
    [['--pause', '--quit'], '--pause needs a value: minutes from 1 to 1440, or "tomorrow"'],
    [['--pause', 'abc'], '--pause "abc" is neither a number of minutes nor "tomorrow"'],
    [['--pause', 'Tomorrow'], '--pause "Tomorrow" is neither a number of minutes nor "tomorrow"'],
    [['--pause', ' '], '--pause " " is neither a number of minutes nor "tomorrow"'],
    [['--pause', '0'], '--pause "0": minutes must be a whole number from 1 to 1440'],
    [['--pause', '-5'], '--pause "-5": minutes must be a whole number from 1 to 1440'],
    [['--pause', '30.5'], '--pause "30.5": minutes must be a whole number from 1 to 1440'],
    [['--pause', '1441'], '--pause "1441": minutes must be a whole number from 1 to 1440'],
    [['--pause', '1e2'], '--pause "1e2": minutes must be a whole number from 1 to 1440'],
    [['--break-now', 'yoga'], `unknown routine "yoga"; the routines are: ${ROUTINES.map((r) => r.id).join(', ')}`],
    [['--break-now='], 'unknown routine ""; the routines are: '],
    [['--resume=yes'], '--resume takes no value'],
    [['--foo'], 'unknown option "--foo"; see limber --help'],
    [['--foo=bar'], 'unknown option "--foo"; see limber --help'],
    [['-x'], 'unknown option "-x"; see limber --help'],
    [['now'], 'unexpected argument "now"; see limber --help'],
    [['--quit', 'now'], 'unexpected argument "now"; see limber --help'],
    [['--pause', '30', '45'], 'unexpected argument "45"; see limber --help'],
    [['--resume', '--quit'], 'one command at a time, but got both --resume and --quit'],
    [['--pause=30', '--break-now'], 'one command at a time, but got both --pause and --break-now'],
    [['--break-now', '--settings'], 'one command at a time, but got both --break-now and --settings'],
    [['--break-now', '-h'], 'one command at a time, but got both --break-now and -h'],
    [['--stats', '--stats'], 'one command at a time, but got both --stats and --stats'],
    [['--help', '--quit'], 'one command at a time, but got both --help and --quit'],
  ])('rejects %j', (args, message) => {
    expect(errorOf(args)).toContain(message);
  });

  it('names every valid routine when one is unknown', () => {
    const error = errorOf(['--break-now', 'yoga']);
    for (const routine of ROUTINES) expect(error).toContain(routine.id);
  });

  it('never throws, and whatever it accepts is a valid command that reads back the same', () => {
    const word = fc.oneof(
      fc.string(),
      fc.constantFrom('--pause', '--resume', '--break-now', '--settings', '--stats', '--quit', '--help', '-h', 'tomorrow'),
      fc.constantFrom(...ROUTINES.map((r) => r.id)),
      fc.integer({ min: -10, max: 2000 }).map(String),
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 4 }), (args) => {
      const result = parseCommandLine(args);
      if (!result.ok) {
        expect(result.error).not.toBe('');
        return;
      }
      const asked = askedBy(result);
      if (asked !== null && asked !== 'help' && asked.do === 'act' && asked.action.action === 'pause' && 'minutes' in asked.action) {
        expect(Number.isInteger(asked.action.minutes)).toBe(true);
        expect(asked.action.minutes).toBeGreaterThanOrEqual(1);
        expect(asked.action.minutes).toBeLessThanOrEqual(MAX_PAUSE_MINUTES);
      }
      if (asked !== null && asked !== 'help' && asked.do === 'break-now' && asked.routine !== undefined) {
        expect(ROUTINES.map((r) => r.id)).toContain(asked.routine);
      }
      expect(parseCommandLine(argumentsFor(asked))).toEqual(result);
    }), { numRuns: 2000 });
  });
});

describe('splitArguments', () => {
  it.each<[string[], string[], string[]]>([
    // macOS gives a quarantined app opened from Finder a process serial number the first time.
    [['-psn_0_1839553'], [], ['-psn_0_1839553']],
    [['--force-device-scale-factor=2', '--disable-gpu-compositing', '--password-store=basic', '--gtk-version=4', '--settings'],
      ['--settings'], ['--force-device-scale-factor=2', '--disable-gpu-compositing', '--password-store=basic', '--gtk-version=4']],
    [['--pause', '30', '45'], ['--pause', '30'], ['45']],
    [['--pause', '-5'], ['--pause', '-5'], []],
    [['--pause', '--quit'], ['--pause', '--quit'], []],
    [['--break-now', '-x'], ['--break-now'], ['-x']],
    [['--break-now', 'unwind', 'now'], ['--break-now', 'unwind'], ['now']],
    [['--pause=30', 'later'], ['--pause=30'], ['later']],
    [['--pasue', '5'], [], ['--pasue', '5']],
  ])('sorts %j into Limber\'s options %j and the rest %j', (args, ours, ignored) => {
    expect(splitArguments(args)).toEqual({ ours, ignored });
  });

  it('loses nothing, and leaves the parser only Limber\'s options: nothing it calls unknown or unexpected', () => {
    const word = fc.oneof(
      fc.string(),
      fc.constantFrom('--pause', '--resume', '--break-now', '--settings', '--stats', '--quit', '--help', '-h', '-psn_0_42', '--enable-features=X'),
      fc.integer({ min: -10, max: 2000 }).map(String),
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 5 }), (args) => {
      const { ours, ignored } = splitArguments(args);
      expect([...ours, ...ignored].sort()).toEqual([...args].sort());
      const result = parseCommandLine(ours);
      if (!result.ok) expect(result.error).not.toMatch(/^(unknown option|unexpected argument)/);
    }), { numRuns: 2000 });
  });
});

describe('usage', () => {
  it('lists every option and routine', () => {
    for (const option of ['--pause <minutes>', '--pause tomorrow', '--resume', '--break-now [routine]', '--settings', '--stats', '--quit', '--help']) {
      expect(usage()).toContain(option);
    }
    for (const routine of ROUTINES) expect(usage()).toContain(routine.id);
  });
});

describe('userArguments', () => {
  it('drops the executable of a packaged app', () => {
    expect(userArguments(['/opt/Limber/limber', '--pause', '30'], true)).toEqual(['--pause', '30']);
  });

  it('drops the executable and the app path when Electron runs the app unpackaged', () => {
    expect(userArguments(['/x/electron', '.', '--pause', '30'], false)).toEqual(['--pause', '30']);
    expect(userArguments(['/x/electron', '--inspect=9229', '/home/me/limber', '--quit'], false)).toEqual(['--quit']);
  });

  it('keeps a plain word of a packaged app, for the parser to reject', () => {
    expect(userArguments(['limber.exe', 'now'], true)).toEqual(['now']);
  });

  it('drops the switches Chromium adds, even where it moves them, with or without a value', () => {
    const argv = ['limber', '--break-now', '--allow-file-access-from-files', '--original-process-start-time=13213718723637733',
      '--enable-avfoundation', '--no-sandbox', '--enable-crash-reporter=abc,no_channel', '--force-device-scale-factor=1.25', 'unwind'];
    expect(userArguments(argv, true)).toEqual(['--break-now', 'unwind']);
    expect(parseCommandLine(userArguments(argv, true))).toEqual({ ok: true, command: { do: 'break-now', routine: 'unwind' } });
  });

  it('keeps switches it does not know, so the parser can name them', () => {
    expect(userArguments(['limber', '--no-sandboxes'], true)).toEqual(['--no-sandboxes']);
  });

  it('returns nothing for a bare start', () => {
    expect(userArguments(['limber'], true)).toEqual([]);
    expect(userArguments(['electron', '.'], false)).toEqual([]);
  });
});
