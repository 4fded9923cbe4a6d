import log from 'electron-log/main';
import type { LogWriter } from '../log';

/** electron-log's file in the user's log folder, rotated at 1 MB (one old file kept); messages keep their own time. */
export function openLogFile(): LogWriter {
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = process.env.LIMBER_DEBUG ? 'debug' : 'warn';
  log.errorHandler.startCatching();
  return (level, message, date) => { log.processMessage({ data: [message], level, date }); };
}
