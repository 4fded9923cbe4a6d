/** What `limber` says on the terminal: its usage, and why it refused the arguments it was given. */
export const commandLineWords = {
  usage: (maxPauseMinutes: number, routineIds: readonly string[]) => `Usage: limber [option]

Sends one command to the Limber running in your tray.

  --pause <minutes>      Pause Limber for 1 to ${maxPauseMinutes} minutes: no prompts, sitting still counts
  --pause tomorrow       Pause Limber until tomorrow morning
  --resume               Resume after a pause
  --break-now [routine]  Start a break right away, with the given routine if named
  --settings             Open the settings window
  --stats                Open your break statistics
  --quit                 Quit Limber
  --help, -h             Show this help

Routines: ${routineIds.join(', ')}
`,
  /** A line as the terminal shows it (an error, or arguments left alone), after the program's name. */
  printed: (line: string) => `limber: ${line}\n`,
  pauseNeedsValue: (maxMinutes: number) => `--pause needs a value: minutes from 1 to ${maxMinutes}, or "tomorrow"`,
  pauseNotMinutes: (value: string) => `--pause "${value}" is neither a number of minutes nor "tomorrow"`,
  pauseOutOfRange: (value: string, maxMinutes: number) => `--pause "${value}": minutes must be a whole number from 1 to ${maxMinutes}`,
  unknownRoutine: (routine: string, routineIds: readonly string[]) => `unknown routine "${routine}"; the routines are: ${routineIds.join(', ')}`,
  takesNoValue: (option: string) => `${option} takes no value`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}"; see limber --help`,
  unknownOption: (option: string) => `unknown option "${option}"; see limber --help`,
  oneAtATime: (first: string, second: string) => `one command at a time, but got both ${first} and ${second}`,
  /** What Limber leaves to others: macOS's -psn_ argument, Chromium switches, stray words; each shown as quoted. */
  ignored: (args: readonly string[]) => `ignored ${args.map((arg) => JSON.stringify(arg)).join(' ')}: not Limber's options (see limber --help)`,
} as const;

export type CommandLineWords = typeof commandLineWords;
