// Each state the engine can be in, as the tray tells it: the tooltip, the menu's status line and answers, and the
// icon agree, from snapshots of a real engine on a simulated desk.
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../core/engine/engine';
import type { EngineSnapshot } from '../../../core/engine/snapshot';
import { createSimWorld } from '../../../core/replay/world';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { parseSettings } from '../../../core/settings/parse';
import type { Settings } from '../../../core/settings/schema';
import { tooltip, trayMenu, type MenuEntry } from '../../../core/shell/status';
import { trayLook } from '../../../core/shell/tray-icon';

const START = Date.parse('2026-03-02T09:00:00Z');
/** Wall times as minutes after the start, so that each row can say when. */
const library = catalogueOf();
const clock = (wall: number) => `+${Math.round((wall - START) / 60_000)}m`;
const SETTINGS = { microBreak: { enabled: false }, longBreak: { everyMinutes: 45 }, preludeSeconds: 30, busy: { holdMaxMinutes: 60 } };

function atDesk(settings: object = SETTINGS) {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const world = createSimWorld(START);
  const engine = createEngine(parsed.value, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: () => undefined,
  });
  const at = (seconds: number) => { world.advanceTo(seconds * 1000); };
  return { world, engine, at, settings: parsed.value };
}

interface Row { state: string; reach: (desk: ReturnType<typeof atDesk>) => void; tooltip: string; menu: string[]; look: string }

const ROWS: Row[] = [
  { state: 'sitting', reach: ({ at }) => { at(1500); }, tooltip: 'Limber: Sitting for 25 min\nNext long break in 20 min of sitting',
    menu: ['Sitting; next up: a long break', 'Take a break now', 'Pause Limber'], look: 'sitting' },
  { state: 'heads-up', reach: ({ at }) => { at(2680); }, tooltip: 'Limber: Long break in 20 seconds',
    menu: ['Long break coming up', 'Start long break', 'Take a break now', 'Pause Limber'], look: 'sitting' },
  { state: 'due', reach: ({ at }) => { at(2705); }, tooltip: 'Limber: A long break is due',
    menu: ['A long break is due', 'Start long break', 'Take a break now', 'Snooze 5 min (3 left)', 'Skip this break', 'Pause Limber'], look: 'due' },
  { state: 'snoozed', reach: ({ at, engine }) => { at(2705); engine.act({ action: 'snooze' }); at(2765); },
    tooltip: 'Limber: Long break snoozed, back at +50m\nSitting for 46 min',
    menu: ['Long break snoozed, back at +50m', 'Start long break', 'Take a break now', 'Skip this break', 'Pause Limber'], look: 'waiting' },
  { state: 'paused', reach: ({ at, engine }) => { at(600); engine.act({ action: 'pause', minutes: 30 }); at(660); },
    tooltip: 'Limber: Paused until +40m: sitting still counts\nNo breaks offered meanwhile; sitting for 11 min',
    menu: ['Paused until +40m: sitting still counts', 'Take a break now', 'Resume'], look: 'paused' },
  { state: 'held', reach: ({ at, world }) => { world.busy('call'); at(2760); },
    tooltip: 'Limber: Long break held: you are in a call (until +105m at most)\nWaiting 1 min; sitting for 46 min',
    menu: ['Long break held: you are in a call (until +105m at most)', 'Start long break', 'Take a break now', 'Pause Limber'], look: 'waiting' },
  { state: 'reading', reach: ({ at, engine }) => { at(600); engine.act({ action: 'reading', minutes: 30 }); },
    tooltip: 'Limber: Sitting for 10 min\nNext long break in 35 min of sitting\nI’m reading (until +40m): stillness counts as sitting',
    menu: ['Sitting; next up: a long break', 'Take a break now', 'Pause Limber', 'I’m reading (until +40m)'], look: 'sitting' },
  { state: 'in a break', reach: ({ at, engine }) => { at(2705); engine.act({ action: 'start-break' }); },
    tooltip: 'Limber: On a long break', menu: ['On a long break', 'Finish break', 'Pause Limber'], look: 'break' },
];

const labels = (entries: MenuEntry[]) =>
  entries.flatMap((entry) => (entry === 'separator' || ['Settings…', 'Statistics…', 'Quit Limber'].includes(entry.label) ? [] : [entry.label]));

function stateOf(row: Row): { snapshot: EngineSnapshot; settings: Settings; engine: Engine } {
  const desk = atDesk();
  row.reach(desk);
  return { snapshot: desk.engine.snapshot(), settings: desk.settings, engine: desk.engine };
}

describe('the tray in each state', () => {
  it.each(ROWS)('$state: the tooltip, the menu and the icon agree', (row) => {
    const { snapshot, settings, engine } = stateOf(row);
    expect(tooltip(snapshot, clock)).toBe(row.tooltip);
    expect(labels(trayMenu(snapshot, settings, clock, library)).filter((label) => !label.startsWith('I’m reading') || row.state === 'reading'))
      .toEqual(row.menu);
    expect(trayLook(snapshot).look).toBe(row.look);
    engine.stop();
  });

  it('offers Snooze again once a snoozed break is back, with one fewer left', () => {
    const { engine, at, settings } = atDesk();
    at(2705);
    engine.act({ action: 'snooze' });
    at(3010);
    expect(labels(trayMenu(engine.snapshot(), settings, clock, library))).toContain('Snooze 5 min (2 left)');
    engine.stop();
  });
});
