export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type LogLevel = 'info' | 'warn' | 'error';
export type LogWriter = (level: LogLevel, message: string, date: Date) => void;

/**
 * The log as Limber starts: each message is kept with its time until the log file is attached, then written in
 * order. The file's library takes 20-30 ms to load, which before the tray icon held the icon back by as much.
 * Messages name events and problems; they never hold settings values, routines done or times sat.
 */
export function startLog(): Log & { attach(write: LogWriter): void; keeping(): boolean } {
  let writer: LogWriter | null = null;
  const kept: [LogLevel, string, Date][] = [];
  const at = (level: LogLevel) => (message: string) => {
    if (writer) writer(level, message, new Date());
    else kept.push([level, message, new Date()]);
  };
  return {
    info: at('info'), warn: at('warn'), error: at('error'),
    keeping: () => kept.length > 0,
    attach(write) {
      writer = write;
      for (const [level, message, date] of kept.splice(0)) write(level, message, date);
    },
  };
}
