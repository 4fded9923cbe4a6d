import type { NotificationText } from '../desktop/notification-text';
import type { Log } from '../log';
import { notificationsWords, type LimberFile } from '../../core/words/notifications';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Says when Limber's files can't be written: each file's trouble is logged once until that file is written again,
 * and the user is told once until every file is written again (a full disk refuses them all at once).
 */
export function saveTroubles(log: Pick<Log, 'info' | 'warn'>, notify: (text: NotificationText) => void) {
  const failing = new Set<LimberFile>();
  return {
    /** Wraps a file's save: a failure is reported and thrown on, so the caller keeps what it could not write. */
    watch<T>(name: LimberFile, save: (value: T) => void): (value: T) => void {
      return (value) => {
        try {
          save(value);
        } catch (error) {
          if (!failing.has(name)) {
            log.warn(`The ${name} file could not be written: ${reason(error)}. Limber keeps it in memory and tries again.`);
            if (failing.size === 0) notify(notificationsWords.files.cannotSave(name, reason(error)));
            failing.add(name);
          }
          throw error;
        }
        if (failing.delete(name)) log.info(`The ${name} file is written again`);
      };
    },
  };
}
