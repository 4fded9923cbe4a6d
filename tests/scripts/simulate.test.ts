import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { replay } from '../../core/replay/replay';
import { parseTrace } from '../../core/replay/trace';

const run = promisify(execFile);
const TRACES = join(import.meta.dirname, '..', 'traces');
const simulate = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: join(import.meta.dirname, '..', '..') })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: unknown) => error as { code: number; stdout: string; stderr: string });

const traceFiles = readdirSync(TRACES).filter((name) => name.endsWith('.jsonl'));

describe('npm run simulate', () => {
  it('prints one JSON line per decision, then the summary', async () => {
    const { code, stdout, stderr } = await simulate(join(TRACES, 'workday.jsonl'));
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const summary = lines.pop();
    expect(summary).toMatchObject({ event: 'summary' });
    expect(lines.every((line) => typeof line.t === 'number' && typeof line.event === 'string')).toBe(true);
    expect(summary?.prompts).toBe(lines.filter((line) => line.event === 'due' && line.repeat === undefined).length);
  });

  it('names the file, the line and the field of bad input, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-trace-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"settings": {"awayMinutes": 0}}\n{"t": 1, "user": "sleeping"}\n');
    const { code, stdout, stderr } = await simulate(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file} line 1: settings: awayMinutes must be a whole number between 1 and 60`);
    expect(stderr).toContain(`${file} line 2: user must be one of "active", "idle"`);
  });

  it('explains a missing file and a missing argument', async () => {
    expect(await simulate('/nonexistent/trace.jsonl')).toMatchObject({
      code: 2, stderr: '/nonexistent/trace.jsonl: cannot read the trace (ENOENT)\n',
    });
    expect(await simulate()).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run -s simulate') as unknown });
  });
});

describe('example traces', () => {
  it.each(traceFiles)('%s replays, its decisions in time order, summary consistent with them', (name) => {
    const trace = parseTrace(readFileSync(join(TRACES, name), 'utf8'));
    if (!trace.ok) throw new Error(trace.errors.join('\n'));
    const { events, summary, seconds } = replay(trace.value);
    expect(events.map((e) => e.t)).toEqual(events.map((e) => e.t).sort((a, b) => a - b));
    expect(summary.taken).toBe(events.filter((e) => e.event === 'break-taken').length);
    expect(summary.natural).toBe(events.filter((e) => e.event === 'natural-break').length);
    expect(summary.sittingSeconds).toBeLessThanOrEqual(seconds);
    expect(summary.wakeups / (seconds / 3600)).toBeLessThanOrEqual(130);
  });

  it('workday.jsonl: no prompt before working hours begin at 09:00, the first tells the truth at once', () => {
    const trace = parseTrace(readFileSync(join(TRACES, 'workday.jsonl'), 'utf8'));
    if (!trace.ok) throw new Error(trace.errors.join('\n'));
    const { events } = replay(trace.value);
    const firstPrompt = events.find((e) => e.event === 'prelude' || e.event === 'due');
    expect(firstPrompt).toEqual({ t: 900, event: 'prelude', kind: 'micro', inSeconds: 30 });
  });

  it('meetings.jsonl: no prompt while a call, a presentation or Do Not Disturb holds a break; each comes after, saying how long it waited', () => {
    const trace = parseTrace(readFileSync(join(TRACES, 'meetings.jsonl'), 'utf8'));
    if (!trace.ok) throw new Error(trace.errors.join('\n'));
    const { events, summary } = replay(trace.value);
    let holding = false;
    for (const e of events) {
      if (e.event === 'held') holding = true;
      if (e.event === 'hold-ended') holding = false;
      if (e.event === 'prelude' || e.event === 'due') expect(holding, `a prompt at ${e.t} during a hold`).toBe(false);
    }
    const afterHolds = events.filter((e) => e.event === 'due' && e.held).map((e) => e.event === 'due' && [e.t, e.held?.reason, e.held?.heldSeconds]);
    // The last micro break waited 465 s for Do Not Disturb, then, held again, gave way to the long one: 2070 s in all.
    expect(afterHolds).toEqual([[3645, 'call', 915], [9955, 'fullscreen', 4125], [24310, 'dnd', 7200], [26035, 'dnd', 465], [28840, 'call', 2070]]);
    expect(summary.held).toBe(5);
    // The presentation was silent from 6600 to 9900, and was sitting all the same.
    expect(events.filter((e) => e.event === 'natural-break').map((e) => e.t)).toEqual([15300]);
  });

  it('restarts.jsonl: a quick restart leaves the long break on time, a long stop is a natural break, a pause until tomorrow stays', () => {
    const trace = parseTrace(readFileSync(join(TRACES, 'restarts.jsonl'), 'utf8'));
    if (!trace.ok) throw new Error(trace.errors.join('\n'));
    const { events } = replay(trace.value);
    const without = replay({ ...trace.value, steps: trace.value.steps.filter((step) => !('restart' in step && step.restart < 60)) });
    expect(events.find((e) => e.event === 'due')).toEqual(without.events.find((e) => e.event === 'due'));
    expect(events.find((e) => e.event === 'due')).toEqual({ t: 2700, event: 'due', kind: 'long' });
    expect(events.filter((e) => e.event === 'natural-break')).toEqual([{ t: 5461, event: 'natural-break', awaySeconds: 961 }]);
    expect(events.at(-1)).toMatchObject({ t: 7000, event: 'paused' });
  });
});
