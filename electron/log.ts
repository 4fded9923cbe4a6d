import log from 'electron-log/main';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * electron-log's file in the user's log folder, rotated at 1 MB (one old file kept).
 * Messages name events and problems; they never hold settings values, routines done or times sat.
 */
export function openLog(): Log {
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = process.env.LIMBER_DEBUG ? 'debug' : 'warn';
  log.errorHandler.startCatching();
  return { info: (m) => { log.info(m); }, warn: (m) => { log.warn(m); }, error: (m) => { log.error(m); } };
}
