import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MINUTES, parseCommandLine, splitArguments, USAGE, userArguments, type CliCommand } from '../../core/cli';
import { ROUTINES } from '../../core/exercises/library';

const errorOf = (args: string[]) => {
  const result = parseCommandLine(args);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(args)}, got ${JSON.stringify(result.command)}`);
  return result.error;
};

/** The arguments that ask for `command`, to check that what parses also means what it says. */
function argumentsFor(command: CliCommand): string[] {
  switch (command.command) {
    case 'none': return [];
    case 'pause': return ['--pause', 'minutes' in command ? String(command.minutes) : command.until];
    case 'break-now': return command.routine === undefined ? ['--break-now'] : ['--break-now', command.routine];
    default: return [`--${command.command}`];
  }
}

describe('parseCommandLine', () => {
  it.each<[string[], CliCommand]>([
    [[], { command: 'none' }],
    [['--pause', '30'], { command: 'pause', minutes: 30 }],
    [['--pause=30'], { command: 'pause', minutes: 30 }],
    [['--pause', '1'], { command: 'pause', minutes: 1 }],
    [['--pause', '1440'], { command: 'pause', minutes: 1440 }],
    [['--pause', 'tomorrow'], { command: 'pause', until: 'tomorrow' }],
    [['--pause=tomorrow'], { command: 'pause', until: 'tomorrow' }],
    [['--resume'], { command: 'resume' }],
    [['--break-now'], { command: 'break-now' }],
    [['--break-now', 'unwind'], { command: 'break-now', routine: 'unwind' }],
    [['--break-now=quick-brace'], { command: 'break-now', routine: 'quick-brace' }],
    [['--settings'], { command: 'settings' }],
    [['--stats'], { command: 'stats' }],
    [['--quit'], { command: 'quit' }],
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
  ])('reads %j', (args, command) => {
    expect(parseCommandLine(args)).toEqual({ ok: true, command });
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
      const { command } = result;
      if (command.command === 'pause' && 'minutes' in command) {
        expect(Number.isInteger(command.minutes)).toBe(true);
        expect(command.minutes).toBeGreaterThanOrEqual(1);
        expect(command.minutes).toBeLessThanOrEqual(MAX_PAUSE_MINUTES);
      }
      if (command.command === 'break-now' && command.routine !== undefined) {
        expect(ROUTINES.map((r) => r.id)).toContain(command.routine);
      }
      expect(parseCommandLine(argumentsFor(command))).toEqual(result);
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

describe('USAGE', () => {
  it('lists every option and routine', () => {
    for (const option of ['--pause <minutes>', '--pause tomorrow', '--resume', '--break-now [routine]', '--settings', '--stats', '--quit', '--help']) {
      expect(USAGE).toContain(option);
    }
    for (const routine of ROUTINES) expect(USAGE).toContain(routine.id);
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
    expect(parseCommandLine(userArguments(argv, true))).toEqual({ ok: true, command: { command: 'break-now', routine: 'unwind' } });
  });

  it('keeps switches it does not know, so the parser can name them', () => {
    expect(userArguments(['limber', '--no-sandboxes'], true)).toEqual(['--no-sandboxes']);
  });

  it('returns nothing for a bare start', () => {
    expect(userArguments(['limber'], true)).toEqual([]);
    expect(userArguments(['electron', '.'], false)).toEqual([]);
  });
});
