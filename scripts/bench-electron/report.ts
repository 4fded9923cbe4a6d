// bench:electron's table and JSON: medians over the rounds, each figure against its target.
import type { BreaksSample, CpuSample, FloorSample, IdleSample, PromptSample } from './figures';
import type { TreeMemory } from './probe';
import { seededRandom } from '../seeded-random';

export interface Samples {
  idle: { bare: IdleSample[]; limber: IdleSample[] };
  cpu: Map<string, CpuSample> | null;
  prompts: PromptSample[];
  /** The bare app showing a window it loaded hidden, and idle after it: the floors of figures 5, 6 and 8. */
  floors: FloorSample[];
  breaks: BreaksSample | null;
}

export interface Figure {
  figure: string;
  unit: string;
  /** The bare app's figure: the floor Limber's is measured against. */
  bare: number | null;
  limber: number | null;
  target: string;
  pass: boolean | null;
  note?: string;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

const medianOf = <T>(samples: readonly T[], pick: (sample: T) => number | null): number | null => {
  const values = samples.map(pick).filter((value): value is number => value !== null);
  return values.length > 0 ? median(values) : null;
};

const atMost = (value: number | null, limit: number) => (value === null ? null : value <= limit);
const over = (limber: number | null, floor: number | null) => (limber === null || floor === null ? null : limber - floor);
const signed = (value: number | null, digits = 0) => (value === null ? '?' : `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`);
const spread = (values: readonly number[], digits = 0) =>
  (values.length === 0 ? '?' : `${signed(Math.min(...values), digits)} to ${signed(Math.max(...values), digits)}`);

/**
 * How far `statistic` of the rounds would move in another run of as many rounds: the 5th to 95th percentile of it over
 * the rounds drawn again with replacement (a bootstrap), 2,000 times.
 */
export function runToRun<T>(rounds: readonly T[], statistic: (drawn: readonly T[]) => number): [number, number] | null {
  if (rounds.length < 2) return null;
  const random = seededRandom(29);
  const values = Array.from({ length: 2000 }, () => statistic(rounds.map(() => rounds[Math.floor(random() * rounds.length)] as T)))
    .sort((a, b) => a - b);
  return [values[Math.floor(values.length * 0.05)] ?? NaN, values[Math.floor(values.length * 0.95)] ?? NaN];
}

/** The limits the issue on speed at the floor sets, over the bare app's figures. */
export const OVER_FLOOR = { idleMb: 5, launchMs: 50, promptMs: 30, breakMs: 50 } as const;

function idleFigures({ bare, limber }: Samples['idle']): Figure[] {
  if (bare.length === 0 || limber.length === 0) return [];
  const pss = { bare: medianOf(bare, (s) => s.memory.totalMb), limber: medianOf(limber, (s) => s.memory.totalMb) };
  const more = over(pss.limber, pss.bare);
  const launch = { bare: medianOf(bare, (s) => s.launchMs), limber: medianOf(limber, (s) => s.launchMs) };
  const slower = over(launch.limber, launch.bare);
  // Rounds alternate bare and Limber, so each round's difference shows how much the figure moves from run to run.
  const launchRounds = limber.flatMap((sample, i) => (bare[i] ? [{ bare: bare[i].launchMs, limber: sample.launchMs }] : []));
  const launchDifferences = launchRounds.map((round) => round.limber - round.bare);
  const launchMoves = runToRun(launchRounds, (drawn) => median(drawn.map((r) => r.limber)) - median(drawn.map((r) => r.bare)));
  const launchCpu = { bare: medianOf(bare, (s) => s.launchCpuMs), limber: medianOf(limber, (s) => s.launchCpuMs) };
  const renderers = { bare: Math.max(...bare.map((s) => s.renderers)), limber: Math.max(...limber.map((s) => s.renderers)) };
  return [
    { figure: '1. idle PSS of the process tree', unit: 'MB', ...pss, target: `≤ bare + ${OVER_FLOOR.idleMb} MB`, pass: atMost(more, OVER_FLOOR.idleMb), note: `Limber ${signed(more, 1)} MB` },
    {
      figure: '2. launch to tray icon', unit: 'ms', ...launch, target: `≤ bare + ${OVER_FLOOR.launchMs} ms`, pass: atMost(slower, OVER_FLOOR.launchMs),
      note: `Limber ${signed(slower)} ms (rounds ${spread(launchDifferences)} ms; another run of as many rounds: ${launchMoves ? spread(launchMoves) : '?'} ms)`,
    },
    { figure: '   CPU time used by then (all processes)', unit: 'ms', ...launchCpu, target: 'report only', pass: null },
    { figure: '3. renderer processes while idle (most seen)', unit: '', ...renderers, target: 'Limber 0', pass: renderers.limber === 0 },
  ];
}

function cpuFigure(cpu: Samples['cpu']): Figure[] {
  if (!cpu) return [];
  const perHour = (name: string) => cpu.get(name)?.cpuSecondsPerHour ?? null;
  return [{ figure: '4. CPU time while idle, side by side', unit: 's/hour', bare: perHour('bare'), limber: perHour('limber'), target: 'report only', pass: null }];
}

function promptFigures(prompts: PromptSample[], floors: FloorSample[]): Figure[] {
  if (prompts.length === 0) return [];
  const due = medianOf(prompts, (s) => s.dueToPromptMs);
  const start = medianOf(prompts, (s) => s.startToBreakMs);
  const notify = medianOf(prompts, (s) => s.notifyToPromptMs);
  const floor = medianOf(floors, (s) => s.showToMappedMs);
  const range = (values: readonly number[]) => (values.length === 0 ? '?' : `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`);
  const painted = (pick: (s: PromptSample) => number) => `painted ${medianOf(prompts, pick)?.toFixed(0) ?? '?'} ms after mapping or sooner`;
  const spreads = `Limber ${range(prompts.map((s) => s.dueToPromptMs))}, bare ${range(floors.map((s) => s.showToMappedMs))} ms`;
  // Each timing is the X server's map event; one for which none came was timed by a poll, 20-30 ms late.
  const polls = (limber: number) => {
    const count = limber + floors.filter((s) => s.polled).length;
    return count === 0 ? '' : `; ${count} of the timings by a poll, no map event having come`;
  };
  return [
    {
      figure: '5. break due → prompt window mapped', unit: 'ms', bare: floor, limber: due, target: `≤ bare show → mapped + ${OVER_FLOOR.promptMs} ms`,
      pass: atMost(over(due, floor), OVER_FLOOR.promptMs), note: `${signed(over(due, floor))} ms (${spreads}); from dunst's Notify: ${notify?.toFixed(0) ?? '?'} ms; ${painted((s) => s.paintedCheckMs)}${polls(prompts.filter((s) => s.polled[0]).length)}`,
    },
    {
      figure: '6. Start released → break window mapped', unit: 'ms', bare: floor, limber: start, target: `≤ bare show → mapped + ${OVER_FLOOR.breakMs} ms`,
      pass: atMost(over(start, floor), OVER_FLOOR.breakMs), note: `${signed(over(start, floor))} ms; ${painted((s) => s.breakPaintedCheckMs)}${polls(prompts.filter((s) => s.polled[1]).length)}`,
    },
  ];
}

const AUDIO_SERVICE = 'utility:AudioService';

function breaksFigure(breaks: BreaksSample | null, floors: FloorSample[]): Figure[] {
  if (!breaks) return [];
  const ratio = (memory: TreeMemory) => `${(memory.totalMb / breaks.bare.totalMb).toFixed(2)}× bare`;
  const floor = medianOf(floors, (s) => s.afterOneWindow.totalMb);
  const overFloor = over(breaks.afterLast.totalMb, floor);
  const audioServices = Math.max(breaks.afterFirst.countByKind[AUDIO_SERVICE] ?? 0, breaks.afterLast.countByKind[AUDIO_SERVICE] ?? 0);
  return [{
    figure: `7. PSS growth, break windows 1 → ${breaks.count}`, unit: 'MB', bare: null, limber: breaks.growthMb, target: '≤ 5 MB',
    pass: atMost(breaks.growthMb, 5), note: `${breaks.afterFirst.totalMb.toFixed(1)} → ${breaks.afterLast.totalMb.toFixed(1)} MB`,
  }, {
    figure: `8. idle PSS after ${breaks.count} breaks`, unit: 'MB', bare: floor, limber: breaks.afterLast.totalMb,
    target: `≤ bare after one window + ${OVER_FLOOR.idleMb} MB`, pass: atMost(overFloor, OVER_FLOOR.idleMb),
    note: `Limber ${signed(overFloor, 1)} MB; after 1 break ${signed(over(breaks.afterFirst.totalMb, floor), 1)} MB; start ${ratio(breaks.afterStart)}, ${breaks.count} breaks ${ratio(breaks.afterLast)} of the bare app without a window`,
  }, {
    figure: '9. audio services while no window is open', unit: '', bare: breaks.bare.countByKind[AUDIO_SERVICE] ?? 0,
    limber: audioServices, target: 'Limber 0', pass: audioServices === 0,
  }];
}

/** Idle PSS and processes of each kind at the moments figure 8 compares, beside the bare app's with and without a window. */
export function idleAfterBreaks(breaks: BreaksSample, floors: FloorSample[]): string {
  const sorted = floors.map((floor) => floor.afterOneWindow).sort((a, b) => a.totalMb - b.totalMb);
  const floor = sorted[Math.floor((sorted.length - 1) / 2)];
  const moments: [string, TreeMemory][] = [
    ['bare', breaks.bare], ...(floor ? [['bare + window', floor] as [string, TreeMemory]] : []),
    ['after start', breaks.afterStart], ['after 1 break', breaks.afterFirst], [`after ${breaks.count}`, breaks.afterLast],
  ];
  const kinds = [...new Set(moments.flatMap(([, memory]) => Object.keys(memory.countByKind)))].sort();
  const cell = (memory: TreeMemory, kind: string) =>
    `${memory.countByKind[kind] ?? 0} × ${(memory.byKindMb[kind] ?? 0).toFixed(1)}`.padStart(14);
  return [
    `  ${'processes × PSS MB'.padEnd(24)}${moments.map(([name]) => name.padStart(14)).join('')}`,
    ...kinds.map((kind) => `  ${kind.padEnd(24)}${moments.map(([, memory]) => cell(memory, kind)).join('')}`),
    `  ${'total'.padEnd(24)}${moments.map(([, memory]) => `${memory.processes} × ${memory.totalMb.toFixed(1)}`.padStart(14)).join('')}`,
  ].join('\n');
}

export const figures = (samples: Samples): Figure[] =>
  [...idleFigures(samples.idle), ...cpuFigure(samples.cpu), ...promptFigures(samples.prompts, samples.floors), ...breaksFigure(samples.breaks, samples.floors)];

const shown = (value: number | null, unit: string) => (value === null ? '—' : `${value.toFixed(unit === 'MB' ? 1 : 0)}${unit ? ` ${unit}` : ''}`);
const verdict = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : 'FAIL');

export function table(rows: readonly Figure[]): string {
  const cells = [['figure', 'bare', 'Limber', 'target', '', 'note'],
    ...rows.map((r) => [r.figure, shown(r.bare, r.unit), shown(r.limber, r.unit), r.target, verdict(r.pass), r.note ?? ''])];
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? [];
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** Median PSS per process kind (main, zygote, gpu-process…) for each app: where the difference sits. */
export function memoryByKind({ bare, limber }: Samples['idle']): string {
  const kinds = [...new Set([...bare, ...limber].flatMap((s) => Object.keys(s.memory.byKindMb)))];
  const of = (samples: IdleSample[], kind: string) => medianOf(samples, (s) => s.memory.byKindMb[kind] ?? 0) ?? 0;
  const lines = kinds.map((kind) => {
    const [b, l] = [of(bare, kind), of(limber, kind)];
    return `  ${kind.padEnd(24)} ${b.toFixed(1).padStart(7)} ${l.toFixed(1).padStart(7)} ${(l - b >= 0 ? '+' : '') + (l - b).toFixed(1)}`;
  });
  return [`  ${'PSS by process (MB)'.padEnd(24)} ${'bare'.padStart(7)} ${'Limber'.padStart(7)}`, ...lines].join('\n');
}
