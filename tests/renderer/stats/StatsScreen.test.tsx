// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryView } from '../../../core/contract';
import { shiftDay } from '../../../core/history/days';
import { EMPTY_DAY, type DayRecord } from '../../../core/history/records';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { StatsScreen } from '../../../renderer/stats/StatsScreen';
import { sampleHistory } from '../../../scripts/sample-history';
import { recordingBridge } from '../../helpers/bridge';

afterEach(cleanup);

const TODAY = '2026-11-21';
const day = (record: Partial<DayRecord>): DayRecord => ({ ...EMPTY_DAY, ...record });
const sample = (days: number): HistoryView => ({ days: sampleHistory({ days, today: TODAY }).days, today: TODAY });

async function open(seed: Parameters<typeof recordingBridge>[0] = {}) {
  const recording = recordingBridge(seed);
  const view = render(<StrictMode><StatsScreen bridge={recording.bridge} /></StrictMode>);
  await screen.findByRole('heading', { name: 'Today at a glance' });
  return { ...recording, view };
}

const figure = (name: RegExp) => {
  const found = screen.getByRole('img', { name }).closest('figure');
  if (!found) throw new Error(`no figure for ${String(name)}`);
  return found;
};
/** The body rows of a chart's table, each as its cells' text. */
const tableRows = (name: RegExp) =>
  Array.from(figure(name).querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent));
const description = (name: RegExp) => figure(name).querySelector('desc')?.textContent;
/** Each figure of Today at a glance by its name. */
const glanceValues = () => {
  const glance = screen.getByRole('heading', { name: 'Today at a glance' }).closest('section') as HTMLElement;
  return Object.fromEntries(Array.from(glance.querySelectorAll('dt'), (name) => [name.textContent, name.nextElementSibling?.textContent]));
};

describe('StatsScreen', () => {
  it('says it is loading until the history arrives', async () => {
    render(<StatsScreen bridge={recordingBridge().bridge} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(await screen.findByRole('heading', { name: 'Today at a glance' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows today at a glance from today\'s record and the current streak', async () => {
    const today = day({ sittingSeconds: 4 * 3600 + 300, longestStreakSeconds: 52 * 60, prompts: 9, taken: 6, routinesCompleted: 4, held: 2, heldSeconds: 1830 });
    await open({ history: { days: { [TODAY]: today, '2026-11-20': day({ sittingSeconds: 9999 }) }, today: TODAY } });
    const glance = within(screen.getByRole('heading', { name: 'Today at a glance' }).closest('section') as HTMLElement);
    const value = (name: string) => glance.getByText(name).nextElementSibling?.textContent;
    expect(value('Sitting today')).toBe('4 h 05 min');
    expect(value('Current streak')).toBe('47 min');
    expect(value('Longest streak')).toBe('52 min');
    expect(value('Breaks taken')).toBe('6 of 9 prompts');
    expect(glance.getByText(/^Counted once a break runs 30 seconds or to its end/).textContent).toMatch(/A skipped break, or one ended sooner, is not taken\.$/);
    expect(value('Routines done')).toBe('4');
    expect(value('Held while busy')).toBe('2 (30 min waiting)');
  });

  it('agrees with itself: the streak going on counts toward the longest and today\'s sitting, as the engine settled it', async () => {
    // The engine has settled 3 min of the streak, 2 of them already in the history; 20 s more are a still spell it may take back.
    const settled = { totalSeconds: 180, streakSeconds: 180, longestSeconds: 180 };
    await open({
      history: { days: { [TODAY]: day({ sittingSeconds: 120, longestStreakSeconds: 120 }) }, today: TODAY },
      status: { snapshot: { ...(await recordingBridge().bridge.status()).snapshot, sittingSeconds: 200, settled } },
    });
    expect(glanceValues()).toMatchObject({ 'Sitting today': '3 min', 'Current streak': '3 min', 'Longest streak': '3 min' });
  });

  it('shows the new figures when Limber says they changed, without being opened again, and stops listening when closed', async () => {
    const snapshot = (await recordingBridge().bridge.status()).snapshot;
    const seed = {
      history: { days: { [TODAY]: day({ sittingSeconds: 600, longestStreakSeconds: 600, prompts: 1 }) }, today: TODAY },
      status: { snapshot: { ...snapshot, settled: { totalSeconds: 600, streakSeconds: 600, longestSeconds: 600 } } },
    };
    const { change, listening, view } = await open(seed);
    expect(glanceValues()).toMatchObject({ 'Sitting today': '10 min', 'Current streak': '10 min', 'Breaks taken': '0 of 1 prompts' });
    seed.history = { days: { [TODAY]: day({ sittingSeconds: 660, longestStreakSeconds: 660, prompts: 1, taken: 1 }) }, today: TODAY };
    seed.status = { snapshot: { ...snapshot, settled: { totalSeconds: 660, streakSeconds: 660, longestSeconds: 660 } } };
    change();
    await waitFor(() => { expect(glanceValues()).toMatchObject({ 'Sitting today': '11 min', 'Current streak': '11 min', 'Breaks taken': '1 of 1 prompts' }); });
    expect(listening()).toBe(1);
    view.unmount();
    expect(listening()).toBe(0);
  });

  it('switches between 7 and 30 days, in bars and in table rows', async () => {
    const history = sample(60);
    const sittingDays = (count: number) => Object.entries(history.days)
      .filter(([key, record]) => key > shiftDay(TODAY, -count) && record.sittingSeconds > 0).length;
    await open({ history });
    const week = screen.getByRole('button', { name: 'Last 7 days' });
    const month = screen.getByRole('button', { name: 'Last 30 days' });
    expect(week.getAttribute('aria-pressed')).toBe('true');
    expect(tableRows(/Sitting time per day/)).toHaveLength(7);
    expect(figure(/Sitting time per day/).querySelectorAll('rect.bar')).toHaveLength(sittingDays(7));
    fireEvent.click(month);
    expect(month.getAttribute('aria-pressed')).toBe('true');
    expect(week.getAttribute('aria-pressed')).toBe('false');
    expect(tableRows(/Sitting time per day/)).toHaveLength(30);
    expect(tableRows(/Natural breaks per day/)).toHaveLength(30);
    expect(figure(/Sitting time per day/).querySelectorAll('rect.bar')).toHaveLength(sittingDays(30));
    expect(sittingDays(30)).toBeGreaterThan(sittingDays(7));
    expect(description(/Sitting time per day/)).toMatch(/on the \d+ of 30 days with any/);
  });

  it('puts the exact values in the description and the table', async () => {
    await open({ history: { days: { '2026-11-17': day({ sittingSeconds: 7200 }), '2026-11-19': day({ sittingSeconds: 3600 }) }, today: TODAY } });
    expect(description(/Sitting time per day/)).toBe('Most on Tuesday 17 Nov, 2 h 00 min; average 1 h 30 min on the 2 of 7 days with any.');
    const rows = tableRows(/Sitting time per day/);
    expect(rows[2]).toEqual(['Tue 17 Nov', '2 h 00 min']);
    expect(rows[4]).toEqual(['Thu 19 Nov', '1 h 00 min']);
    expect(rows[0]).toEqual(['Sun 15 Nov', 'none']);
    expect(figure(/Sitting time per day/).querySelectorAll('rect.bar')).toHaveLength(2);
  });

  it('stacks taken, snoozed and skipped, with totals that add up', async () => {
    await open({ history: sample(60) });
    const rows = tableRows(/Breaks per day/);
    expect(rows).toHaveLength(7);
    for (const [, taken, snoozed, skipped, total] of rows) {
      expect(Number(total)).toBe(Number(taken) + Number(snoozed) + Number(skipped));
    }
    const legend = figure(/Breaks per day/).querySelector('.legend')?.textContent;
    expect(legend).toBe('TakenSnoozedSkipped');
  });

  it('says "No … yet" everywhere when there is no history, and how to turn check-ins on', async () => {
    await open();
    expect(description(/Sitting time per day/)).toBe('No sitting recorded yet in the last 7 days.');
    expect(description(/Breaks per day/)).toBe('No breaks yet in the last 7 days.');
    expect(document.querySelectorAll('rect.bar')).toHaveLength(0);
    expect(screen.getByText('No sitting recorded yet')).toBeTruthy();
    const checkIns = screen.getByRole('heading', { name: 'Stiffness check-ins' }).closest('section');
    expect(checkIns?.textContent).toMatch(/Stiffness check-ins are off\..*Settings → Routines → Stiffness check-ins/);
    expect(checkIns?.querySelector('figure')).toBeNull();
  });

  it('invites the first check-in when check-ins are on but none were made', async () => {
    await open({ settings: { ...DEFAULT_SETTINGS, checkIns: true } });
    const checkIns = screen.getByRole('heading', { name: 'Stiffness check-ins' }).closest('section');
    expect(checkIns?.textContent).toMatch(/No check-ins yet/);
    expect(checkIns?.textContent).toMatch(/two to six weeks/);
  });

  it('shows the six-week stiffness trend with weekly averages', async () => {
    const rated = (before: number, after: number) =>
      day({ routinesCompleted: 2, stiffness: { before: { sum: before, count: 1 }, after: { sum: after, count: 1 } } });
    await open({
      settings: { ...DEFAULT_SETTINGS, checkIns: true },
      history: { days: { '2026-10-12': rated(6, 3), '2026-10-13': rated(7, 4), '2026-11-20': rated(4, 1) }, today: TODAY },
    });
    const rows = tableRows(/^Stiffness per week/);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual(['11 Oct to 17 Oct', '6.5', '3.5', '4']);
    expect(rows[1]).toEqual(['18 Oct to 24 Oct', 'no ratings', 'no ratings', '0']);
    expect(rows[5]).toEqual(['15 Nov to 21 Nov', '4.0', '1.0', '2']);
    const chart = screen.getByRole('img', { name: /^Stiffness per week/ });
    expect(chart.querySelectorAll('circle.marker-before')).toHaveLength(2);
    expect(chart.querySelectorAll('rect.marker-after')).toHaveLength(2);
    expect(chart.querySelectorAll('path.line')).toHaveLength(0);
    expect(description(/^Stiffness per week/)).toMatch(/before routines from 6.5 in the week of 11 Oct to 4.0 in the week of 15 Nov/);
  });

  it('shows kind guidance after a stopped routine, asking for it once', async () => {
    const { calls } = await open({ guidance: { reason: 'hurt' } });
    const note = (await screen.findByRole('heading', { name: 'A word about your back' })).closest('section');
    expect(note?.textContent).toMatch(/stopped a routine because it hurt/);
    expect(note?.textContent).toMatch(/doctor or physical therapist/);
    expect(note?.textContent).toMatch(/not medical advice/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.guidanceTaken).toBe(1);
  });

  it('names the days of regular routines when stiffness has not eased', async () => {
    await open({ guidance: { reason: 'not-improving', days: 21 } });
    const note = (await screen.findByRole('heading', { name: 'A word about your back' })).closest('section');
    expect(note?.textContent).toMatch(/checking in for 21 days/);
  });

  it('shows no guidance when there is none', async () => {
    const { calls } = await open();
    expect(screen.queryByRole('heading', { name: 'A word about your back' })).toBeNull();
    expect(calls.guidanceTaken).toBe(1);
  });

  it('exports the history as CSV or JSON and says where it went', async () => {
    const { calls } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV…' }));
    expect(await screen.findByText('Saved as limber-history-csv.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    expect(await screen.findByText('Saved as limber-history-json.')).toBeTruthy();
    expect(calls.exported).toEqual(['history-csv', 'history-json']);
    expect(screen.getByText('Saved as limber-history-json.').getAttribute('role')).toBe('status');
  });

  it('says nothing when an export was cancelled, and why one failed', async () => {
    const { bridge } = recordingBridge();
    const results = [{ ok: false, cancelled: true } as const, { ok: false, cancelled: false, error: 'the disk is full' } as const];
    bridge.exportFile = () => Promise.resolve(results.shift() ?? { ok: true, savedAs: 'unexpected' });
    render(<StatsScreen bridge={bridge} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV…' }));
    await waitFor(() => { expect(results).toHaveLength(1); });
    expect(within(screen.getByRole('heading', { name: 'Export' }).closest('section') as HTMLElement).getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV…' }));
    expect(await screen.findByText('Not saved: the disk is full')).toBeTruthy();
  });

  it('renders two years of history, charting only the chosen range', async () => {
    await open({ history: sample(730), settings: { ...DEFAULT_SETTINGS, checkIns: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(tableRows(/Longest streak of sitting per day/)).toHaveLength(30);
    expect(tableRows(/^Stiffness per week/)).toHaveLength(6);
    expect(screen.getAllByRole('img')).toHaveLength(5);
  });

  it('keeps headings in order: one h1, then h2 sections, then h3 charts', async () => {
    await open({ history: sample(60), guidance: { reason: 'hurt' } });
    await screen.findByRole('heading', { name: 'A word about your back' });
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => { if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1); });
  });
});
