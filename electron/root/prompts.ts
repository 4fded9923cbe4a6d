import type { Engine, StampedEvent } from '../../core/engine/engine';
import type { Host } from '../../core/host';
import { promptWindowsWork, type Session } from '../../core/shell/session';
import { promptText, withdrawsPrompts } from '../../core/shell/status';
import type { Notifier } from '../desktop/notifications';
import type { Log } from '../log';
import { createWarmWindows } from '../windows/warm-windows';
import type { Screen, Windows } from '../windows/windows';
import type { LimberFiles } from './files';
import type { Listeners } from './listeners';

export interface PromptsWiring {
  session: Session;
  files: LimberFiles;
  engine: Pick<Engine, 'snapshot'>;
}

/** The prompt and break windows, loaded hidden just before they are needed (warm-windows.ts). */
export function warmWindows({ session, files, engine, windows, closedByUser, host }: PromptsWiring & {
  windows: Windows;
  closedByUser: Listeners<[Screen]>;
  host: Pick<Host, 'offer' | 'catalogue'>;
}) {
  const warm = createWarmWindows({
    windows, promptWindows: promptWindowsWork(session), settings: () => files.settings.value(), state: () => files.state.value(),
    catalogue: () => host.catalogue(),
    offer: (kind) => host.offer(kind), snapshot: () => engine.snapshot(),
  });
  closedByUser.add((shown) => { warm.closedByUser(shown); });
  return warm;
}

/**
 * What the engine decides, as the user comes to know it: a break's notifications come and go, a due break's prompt
 * window appears; and the log tells what happened.
 */
export function announceBreaks({ session, files, engine, warm, notifier, log }: PromptsWiring & {
  warm: Pick<ReturnType<typeof warmWindows>, 'due'>;
  notifier: Notifier;
  log: Log;
}) {
  return (event: StampedEvent) => {
    if (withdrawsPrompts(event)) notifier.withdrawPrompts();
    const settings = files.settings.value();
    const promptWindow = promptWindowsWork(session) && settings.promptStyle === 'notification-and-window';
    const text = promptText(event, settings, engine.snapshot().sittingSeconds, promptWindow);
    if (text) notifier.prompt(text);
    if (event.event === 'held') log.info(`Break held: ${event.kind} (${event.reason})`);
    if (event.event === 'hold-ended') log.info(`Hold ended (${event.why}) after ${event.heldSeconds} s`);
    if (event.event === 'natural-break') log.info(`Natural break: away ${event.awaySeconds} s`);
    if (event.event === 'reading-ended') log.info(`Reading switch off (${event.why})`);
    if (event.event === 'due') {
      log.info(`Break due: ${event.kind}${event.repeat ? ` (reminder ${event.repeat})` : ''}`);
      warm.due(event.kind);
    }
  };
}
