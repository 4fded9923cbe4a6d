import * as z from 'zod/mini';
import '../zod-english';
import { BUSY_REASONS, type BusyReason } from '../busy';
import type { SystemEvent, UserAction } from '../engine/types';
import { describeIssues, parseSettings, type Result } from '../settings/parse';
import { DEFAULT_SETTINGS, whole, type Settings } from '../settings/schema';

const DEFAULT_TRACE_START = '2026-01-05T09:00:00Z';

export type TraceStep =
  | { user: 'active' | 'idle' }
  | { system: SystemEvent }
  | { action: UserAction }
  | { clock: number }
  | { busy: BusyReason | 'none' }
  | { media: 'playing' | 'stopped' }
  | { restart: number }
  | { end: true };

export interface Trace {
  /** Wall-clock time at t = 0, in ms since the epoch. */
  start: number;
  /** The trace's local time zone: the UTC offset written in `start`. */
  utcOffsetMinutes: number;
  settings: Settings;
  steps: (TraceStep & { t: number; line: number })[];
}

type Line = Record<string, unknown>;

const t = z.number({ error: 'must be a number of seconds' }).check(z.minimum(0, { error: 'must not be negative' }));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });
const minutes = whole(1, 1440);

const SIMPLE_ACTIONS = ['snooze', 'skip', 'finish-break', 'resume', 'stop-reading'] as const;
const ACTION_NAMES = [...SIMPLE_ACTIONS, 'start-break', 'pause', 'reading'];
const ACTIONS: Record<string, z.ZodMiniType> = {
  ...Object.fromEntries(SIMPLE_ACTIONS.map((name) => [name, z.strictObject({ t, action: z.literal(name) })])),
  'start-break': z.strictObject({ t, action: z.literal('start-break'), kind: z.optional(oneOf(['micro', 'long'])) }),
  pause: z.strictObject({ t, action: z.literal('pause'), minutes: z.optional(minutes), until: z.optional(oneOf(['tomorrow', 'resume'])) })
    .check(z.refine((line) => (line.minutes === undefined) !== (line.until === undefined), {
      error: 'pause needs either "minutes" or "until", not both',
    })),
  reading: z.strictObject({ t, action: z.literal('reading'), minutes: z.optional(minutes), until: z.optional(oneOf(['input'])) })
    .check(z.refine((line) => (line.minutes === undefined) !== (line.until === undefined), {
      error: 'reading needs either "minutes" or "until": "input", not both',
    })),
};

const STEPS: Record<string, (line: Line) => z.ZodMiniType | string> = {
  user: () => z.strictObject({ t, user: oneOf(['active', 'idle']) }),
  system: () => z.strictObject({ t, system: oneOf(['suspend', 'resume', 'lock', 'unlock']) }),
  clock: () => z.strictObject({
    t, clock: z.number({ error: 'must be a number of seconds' }).check(z.refine((n) => n !== 0, { error: 'must not be 0' })),
  }),
  restart: () => z.strictObject({ t, restart: z.number({ error: 'must be a number of seconds' }).check(z.positive({ error: 'must be more than 0 seconds' })) }),
  busy: () => z.strictObject({ t, busy: oneOf([...BUSY_REASONS, 'none']) }),
  media: () => z.strictObject({ t, media: oneOf(['playing', 'stopped']) }),
  end: () => z.strictObject({ t, end: z.literal(true, { error: 'must be true' }) }),
  action: (line) => ACTIONS[String(line.action)] ?? `action must be one of ${ACTION_NAMES.join(', ')}`,
};
const STEP_KEYS = Object.keys(STEPS);

/** Date.parse rolls 2026-02-31 over into March; a real date keeps its year, month and day. */
function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day));
  return !Number.isNaN(Date.parse(iso)) && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

const startLine = z.strictObject({
  start: z.string({ error: 'must be an ISO date-time' }).check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
      { error: 'must be an ISO date-time with a zone, like "2026-03-02T08:00:00Z" or "2026-03-02T09:00:00+01:00"', abort: true },
    ),
    z.refine(isRealDate, { error: 'is not a real date' }),
  ),
});

function parseStart(iso: string): Pick<Trace, 'start' | 'utcOffsetMinutes'> {
  const zone = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const utcOffsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return { start: Date.parse(iso), utcOffsetMinutes };
}

function toStep({ t: _t, ...rest }: Line): TraceStep {
  return ('action' in rest ? { action: rest } : rest) as TraceStep;
}

/** Parses a JSON Lines trace. Every error names its line and field; any error rejects the whole trace. */
export function parseTrace(text: string): Result<Trace> {
  const errors: string[] = [];
  const trace: Trace = { ...parseStart(DEFAULT_TRACE_START), settings: DEFAULT_SETTINGS, steps: [] };
  let previousT = 0;
  let restartEnds: number | null = null;
  let ended = false;

  const readLine = (value: Line, line: number): string[] => {
    if (ended) return ['nothing may follow the "end" line'];
    if ('start' in value) {
      if (line !== 1) return ['"start" must be on the first line'];
      const parsed = startLine.safeParse(value);
      if (!parsed.success) return describeIssues(parsed.error.issues, 'key');
      Object.assign(trace, parseStart(parsed.data.start));
      return [];
    }
    if ('settings' in value) {
      if (trace.steps.length > 0) return ['"settings" must come before the first timed line'];
      const extra = Object.keys(value).filter((key) => key !== 'settings');
      if (extra.length > 0) return [`unknown key: ${extra.join(', ')}`];
      const parsed = parseSettings(value.settings);
      if (!parsed.ok) return parsed.errors.map((message) => `settings: ${message}`);
      trace.settings = parsed.value;
      return [];
    }
    const keys = STEP_KEYS.filter((key) => key in value);
    const schema = keys.length === 1 ? STEPS[keys[0] ?? '']?.(value) : undefined;
    if (!schema) return [`needs "t" and exactly one of ${STEP_KEYS.join(', ')}; or "start" or "settings" before them`];
    if (typeof schema === 'string') return [schema];
    const parsed = schema.safeParse(value);
    if (!parsed.success) return describeIssues(parsed.error.issues, 'key');
    const step = parsed.data as Line & { t: number };
    if (step.t < previousT) {
      return [`t ${step.t} comes before ${restartEnds === null ? `the previous line's t ${previousT}` : `the end of the restart before it, at t ${previousT}`}`];
    }
    // Limber is down during a restart: the next line comes once it is running again.
    restartEnds = 'restart' in step ? step.t + Number(step.restart) : null;
    previousT = restartEnds ?? step.t;
    ended = 'end' in step;
    trace.steps.push({ ...toStep(step), t: step.t, line });
    return [];
  };

  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push(`line ${index + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const problems = typeof value === 'object' && value !== null && !Array.isArray(value)
      ? readLine(value as Line, index + 1)
      : ['must be a JSON object'];
    errors.push(...problems.map((problem) => `line ${index + 1}: ${problem}`));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: trace };
}
