import { t } from '../i18n/speak';

// What the terminal types is never translated: the program, its options and the values it takes as they are.
const PROGRAM = 'limber';
const PAUSE = '--pause';
const TOMORROW = 'tomorrow';
const HELP = `${PROGRAM} --help`;

/** What `limber` says on the terminal: its usage, and why it refused the arguments it was given. */
export const commandLineWords = {
  usage: (maxPauseMinutes: number, routineIds: readonly string[]) => {
    const options: [string, string][] = [
      [`${PAUSE} <${t('commandLine.usage.minutes')}>`, t('commandLine.usage.pauseMinutes', { maxMinutes: maxPauseMinutes })],
      [`${PAUSE} ${TOMORROW}`, t('commandLine.usage.pauseTomorrow')],
      ['--resume', t('commandLine.usage.resume')],
      [`--break-now [${t('commandLine.usage.routine')}]`, t('commandLine.usage.breakNow')],
      ['--settings', t('commandLine.usage.settings')],
      ['--stats', t('commandLine.usage.stats')],
      ['--quit', t('commandLine.usage.quit')],
      ['--help, -h', t('commandLine.usage.help')],
    ];
    const width = Math.max(...options.map(([option]) => option.length));
    return [
      t('commandLine.usage.synopsis', { command: `${PROGRAM} [${t('commandLine.usage.option')}]` }),
      '',
      t('commandLine.usage.about'),
      '',
      ...options.map(([option, what]) => `  ${option.padEnd(width)}  ${what}`),
      '',
      t('commandLine.usage.routines', { routines: routineIds.join(', ') }),
      '',
    ].join('\n');
  },
  /** A line as the terminal shows it (an error, or arguments left alone), after the program's name. */
  printed: (line: string) => `${PROGRAM}: ${line}\n`,
  pauseNeedsValue: (maxMinutes: number) => t('commandLine.pauseNeedsValue', { option: PAUSE, maxMinutes, tomorrow: TOMORROW }),
  pauseNotMinutes: (value: string) => t('commandLine.pauseNotMinutes', { option: PAUSE, value, tomorrow: TOMORROW }),
  pauseOutOfRange: (value: string, maxMinutes: number) => t('commandLine.pauseOutOfRange', { option: PAUSE, value, maxMinutes }),
  unknownRoutine: (routine: string, routineIds: readonly string[]) =>
    t('commandLine.unknownRoutine', { routine, routines: routineIds.join(', ') }),
  takesNoValue: (option: string) => t('commandLine.takesNoValue', { option }),
  unexpectedArgument: (arg: string) => t('commandLine.unexpectedArgument', { argument: arg, help: HELP }),
  unknownOption: (option: string) => t('commandLine.unknownOption', { option, help: HELP }),
  oneAtATime: (first: string, second: string) => t('commandLine.oneAtATime', { first, second }),
  /** What Limber leaves to others: macOS's -psn_ argument, Chromium switches, stray words; each shown as quoted. */
  ignored: (args: readonly string[]) => t('commandLine.ignored', { arguments: args.map((arg) => JSON.stringify(arg)).join(' '), help: HELP }),
} as const;

export type CommandLineWords = typeof commandLineWords;
