// When a window was mapped, as the X server told it: xev watches the root window from a process of its own that stamps
// each event as it reads it (a little late, for the bare app and Limber alike). The bench's polls run xdotool and
// xwininfo synchronously, one after the other, so a poll sees a window up to a whole round of them (20-30 ms) late.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Desktop } from '../../harness/desktop';

/** Runs in its own Node process: prints `<Date.now()> <MapNotify|ReparentNotify> <window> [<parent>]` per event. */
const STAMPER = `
const { spawn } = require('node:child_process');
const { createInterface } = require('node:readline');
const xev = spawn('stdbuf', ['-oL', 'xev', '-root', '-event', 'substructure'], { stdio: ['ignore', 'pipe', 'ignore'] });
let kind = '';
createInterface({ input: xev.stdout }).on('line', (line) => {
  const head = /^(\\w+) event,/.exec(line);
  if (head) { kind = head[1]; return; }
  const body = /^\\s+event \\S+, window (\\S+?),(?: parent (\\S+?),)?/.exec(line);
  if (body && (kind === 'MapNotify' || kind === 'ReparentNotify')) console.log(Date.now(), kind, body[1], body[2] ?? '');
  kind = '';
});
process.on('SIGTERM', () => { xev.kill(); process.exit(0); });
`;

export interface MapEvents {
  /** When the top-level window `id` (as xdotool gives it) or the frame the window manager put it in was mapped, at or after `since`. */
  mappedAt(id: string, since: number): Promise<number | null>;
  stop(): void;
}

export function watchMapEvents(desktop: Desktop): MapEvents {
  const stamper = spawn(process.execPath, ['-e', STAMPER], { env: desktop.env, stdio: ['ignore', 'pipe', 'ignore'] });
  const frameOf = new Map<number, number>();
  const maps: { window: number; at: number }[] = [];
  createInterface({ input: stamper.stdout }).on('line', (line) => {
    const [at, kind, window, parent] = line.split(' ');
    if (kind === 'ReparentNotify' && parent) frameOf.set(Number(window), Number(parent));
    if (kind === 'MapNotify') maps.push({ window: Number(window), at: Number(at) });
  });
  const find = (id: number, since: number) => {
    const window = frameOf.get(id) ?? id;
    return maps.find((map) => map.window === window && map.at >= since)?.at ?? null;
  };
  return {
    // The poll that found the window ran after the event, but its line may still be on its way through the pipe.
    async mappedAt(id, since) {
      for (let tries = 0; tries < 100; tries++) {
        const at = find(Number(id), since);
        if (at !== null) return at;
        await sleep(10);
      }
      return null;
    },
    stop: () => { stamper.kill(); },
  };
}
