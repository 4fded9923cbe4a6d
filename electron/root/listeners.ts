/**
 * Something that happens while Limber runs, handed to what reports it before the features that listen are wired. The
 * root wires each feature after what it needs, and some report to features wired after them: the engine's steps reach
 * the tray and the windows, a click on a notification reaches the commands. Listeners run in the order they were
 * added; until one is, what happens reaches nobody.
 */
export function listeners<A extends unknown[] = []>() {
  const all: ((...args: A) => void)[] = [];
  return {
    emit: (...args: A) => { for (const listener of all) listener(...args); },
    add: (listener: (...args: A) => void) => { all.push(listener); },
  };
}

export type Listeners<A extends unknown[] = []> = ReturnType<typeof listeners<A>>;
