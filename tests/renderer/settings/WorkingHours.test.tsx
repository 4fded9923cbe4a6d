// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimeRange } from '../../../core/calendar';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/schema';
import { description, group, holdSaves, renderSettings, settle } from './render';

afterEach(cleanup);

/** The settings window with working hours on (and these days), showing the section that holds them. */
async function renderHours(days: Partial<Settings['workingHours']['days']> = {}) {
  const workingHours = { enabled: true, days: { ...DEFAULT_SETTINGS.workingHours.days, ...days } };
  const recording = await renderSettings({ ...DEFAULT_SETTINGS, workingHours });
  group('Working hours');
  return recording;
}

const time = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const setTime = (label: string, value: string) => { fireEvent.change(time(label), { target: { value } }); };

describe('working hours', () => {
  it('lists the days from Monday to Sunday, each range with From and To', async () => {
    await renderHours();
    const days = within(group('Working hours')).getAllByRole('group').map((day) => day.querySelector('legend')?.textContent);
    expect(days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(time('Monday, range 1, From').value).toBe('09:00');
    expect(time('Monday, range 1, To').value).toBe('17:30');
    expect(within(group('Sunday')).getByText('Not a working day')).toBeTruthy();
  });

  it('adds a range, focuses it, and saves the day when the user leaves it', async () => {
    const { calls } = await renderHours();
    fireEvent.click(screen.getByRole('button', { name: 'Add a range to Saturday' }));
    await settle();
    expect(document.activeElement).toBe(time('Saturday, range 1, From'));
    setTime('Saturday, range 1, From', '10:00');
    fireEvent.blur(time('Saturday, range 1, From'), { relatedTarget: time('Saturday, range 1, To') });
    setTime('Saturday, range 1, To', '12:00');
    await settle();
    expect(calls.saved).toEqual([]);
    fireEvent.blur(time('Saturday, range 1, To'));
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { days: { sat: [['10:00', '12:00']] } } }]);
    expect(within(group('Saturday')).queryByText('Not a working day')).toBeNull();
  });

  it('keeps what is typed in a day while its earlier save is still on its way', async () => {
    const recording = await renderHours();
    const reply = holdSaves(recording.bridge);
    setTime('Monday, range 1, To', '16:00');
    fireEvent.blur(time('Monday, range 1, To'));
    setTime('Monday, range 1, From', '08:00');
    reply();
    await settle();
    expect(recording.settings().workingHours.days.mon).toEqual([['09:00', '16:00']]);
    expect(time('Monday, range 1, From').value).toBe('08:00');
    expect(time('Monday, range 1, To').value).toBe('16:00');
  });

  it('shows a day\'s problems at the day and does not save it', async () => {
    const { calls } = await renderHours();
    setTime('Monday, range 1, To', '08:00');
    fireEvent.keyDown(time('Monday, range 1, To'), { key: 'Enter' });
    await settle();
    const to = time('Monday, range 1, To');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(description(to)).toEqual(['Range 1 must start before it ends.']);
    expect(within(group('Monday')).getByText('Range 1 must start before it ends.')).toBeTruthy();

    setTime('Monday, range 1, To', '17:30');
    fireEvent.click(screen.getByRole('button', { name: 'Add a range to Monday' }));
    setTime('Monday, range 2, From', '12:00');
    setTime('Monday, range 2, To', '13:00');
    fireEvent.blur(time('Monday, range 2, To'));
    await settle();
    expect(within(group('Monday')).getByText('Ranges 1 and 2 overlap.')).toBeTruthy();
    expect(time('Monday, range 2, From').getAttribute('aria-invalid')).toBe('true');
    expect(calls.saved).toEqual([]);

    setTime('Monday, range 1, To', '12:00');
    fireEvent.blur(time('Monday, range 1, To'));
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { days: { mon: [['09:00', '12:00'], ['12:00', '13:00']] } } }]);
    expect(time('Monday, range 2, From').getAttribute('aria-invalid')).toBeNull();
  });

  it('saves a day only once focus leaves it, not while moving between its times', async () => {
    const { calls } = await renderHours();
    setTime('Thursday, range 1, From', '08:00');
    fireEvent.blur(time('Thursday, range 1, From'), { relatedTarget: time('Thursday, range 1, To') });
    await settle();
    expect(calls.saved).toEqual([]);
    fireEvent.blur(time('Thursday, range 1, To'), { relatedTarget: screen.getByRole('button', { name: 'Add a range to Friday' }) });
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { days: { thu: [['08:00', '17:30']] } } }]);
  });

  it('removes a range at once and says when a day has none left', async () => {
    const { calls } = await renderHours();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Tuesday, range 1' }));
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { days: { tue: [] } } }]);
    expect(within(group('Tuesday')).getByText('Not a working day')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a range to Tuesday' }));
  });

  it('copies a day to every weekday, saving the weekdays that change', async () => {
    const split: TimeRange[] = [['08:00', '12:00'], ['13:00', '16:30']];
    const { calls } = await renderHours({ wed: split });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Wednesday to all weekdays' }));
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { days: { mon: split, tue: split, thu: split, fri: split } } }]);
    for (const day of ['Monday', 'Friday']) expect(time(`${day}, range 2, To`).value).toBe('16:30');
    expect(within(group('Saturday')).getByText('Not a working day')).toBeTruthy();
  });

  it('does not copy a day with a problem', async () => {
    const { calls } = await renderHours();
    setTime('Monday, range 1, From', '');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Monday to all weekdays' }));
    await settle();
    expect(calls.saved).toEqual([]);
    expect(within(group('Monday')).getByText('Range 1 needs both a start and an end time.')).toBeTruthy();
  });

  it('turns working hours on at once, and shows the days only while they are on', async () => {
    const { calls } = await renderSettings();
    const hours = group('Working hours');
    expect(within(hours).queryAllByRole('group')).toEqual([]);
    expect(screen.queryByLabelText('Monday, range 1, From')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only prompt me during working hours' }));
    await settle();
    expect(calls.saved).toEqual([{ workingHours: { enabled: true } }]);
    expect(within(hours).getAllByRole('group')).toHaveLength(7);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only prompt me during working hours' }));
    await settle();
    expect(within(hours).queryAllByRole('group')).toEqual([]);
  });
});
