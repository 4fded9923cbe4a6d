import { describe, expect, it } from 'vitest';
import { act, NOTIFICATION_CLICK, OPENED_AGAIN, type Command } from '../../../core/commands/command';
import { commandRouter } from '../../../core/commands/router';
import type { EngineSnapshot } from '../../../core/engine/snapshot';

/** A router on fakes that write down what they were asked, with the break on offer that the engine reports. */
function routerWith(pending: EngineSnapshot['pending'] = null) {
  const done: string[] = [];
  const run = commandRouter({
    engine: {
      act: (action) => { done.push(`engine ${JSON.stringify(action)}`); },
      snapshot: () => ({ pending } as EngineSnapshot),
    },
    host: {
      startOffered: (kind) => { done.push(`start offered ${kind}`); return Promise.resolve(); },
      startBreak: (routine) => { done.push(`start routine ${routine}`); return Promise.resolve(); },
      offerAndStart: (kind) => { done.push(`offer and start ${kind}`); return Promise.resolve(); },
    },
    open: (window) => { done.push(`open ${window}`); },
    quit: () => { done.push('quit'); },
  });
  return { done, run };
}

describe('commandRouter', () => {
  // One or more of each kind of command, the table's type asks for every kind.
  const EFFECTS: Record<Command['do'], [Command, string][]> = {
    act: [
      [act({ action: 'pause', minutes: 30 }), 'engine {"action":"pause","minutes":30}'],
      [act({ action: 'snooze' }), 'engine {"action":"snooze"}'],
      [act({ action: 'finish-break' }), 'engine {"action":"finish-break"}'],
    ],
    'start-offered': [[{ do: 'start-offered', kind: 'micro' }, 'start offered micro']],
    'break-now': [
      [{ do: 'break-now', routine: 'unwind' }, 'start routine unwind'],
      [{ do: 'break-now' }, 'offer and start long'],
    ],
    open: [[{ do: 'open', window: 'settings' }, 'open settings'], [{ do: 'open', window: 'stats' }, 'open stats']],
    quit: [[{ do: 'quit' }, 'quit']],
  };

  it.each(Object.values(EFFECTS).flat())('does %j: %s', (command, effect) => {
    const { done, run } = routerWith();
    run(command);
    expect(done).toEqual([effect]);
  });

  it('starts whichever break is coming or due when asked without a kind, and nothing when none is', () => {
    const due = routerWith({ kind: 'long', phase: 'due' });
    due.run({ do: 'start-offered' });
    expect(due.done).toEqual(['start offered long']);
    const none = routerWith(null);
    none.run({ do: 'start-offered' });
    expect(none.done).toEqual([]);
  });

  it('starts a break from a click on its notification, and opens the settings when Limber is opened again', () => {
    const { done, run } = routerWith({ kind: 'micro', phase: 'prelude' });
    run(NOTIFICATION_CLICK);
    run(OPENED_AGAIN);
    expect(done).toEqual(['start offered micro', 'open settings']);
  });
});
