import type { Engine } from '../engine/engine';
import type { Host } from '../host';
import type { Command } from './command';

export interface RouterDeps {
  engine: Pick<Engine, 'act' | 'snapshot'>;
  host: Pick<Host, 'startOffered' | 'startBreak' | 'offerAndStart'>;
  open(window: 'settings' | 'stats' | 'update'): void;
  quit(): void;
}

/** Does what a command asks, the same way whichever way it came. */
export function commandRouter(deps: RouterDeps): (command: Command) => void {
  return (command) => {
    switch (command.do) {
      case 'act':
        deps.engine.act(command.action);
        return;
      case 'start-offered': {
        const kind = command.kind ?? deps.engine.snapshot().pending?.kind;
        if (kind) void deps.host.startOffered(kind);
        return;
      }
      case 'break-now':
        void (command.routine ? deps.host.startBreak(command.routine) : deps.host.offerAndStart('long'));
        return;
      case 'open':
        deps.open(command.window);
        return;
      case 'quit':
        deps.quit();
    }
  };
}
