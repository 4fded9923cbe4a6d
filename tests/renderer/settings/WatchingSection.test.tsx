// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { recordingBridge } from '../../helpers/bridge';
import { description, renderSection, settle } from './render';

afterEach(cleanup);

const renderWatching = (seed: Parameters<typeof recordingBridge>[0] = {}) => renderSection('Watching and reading', seed);

describe('the watching and reading settings', () => {
  it('counts watching as sitting by default, and says how this machine sees media playing', async () => {
    const { section } = await renderWatching();
    const media = section.getByRole('checkbox', { name: 'Count watching a video as sitting' });
    expect((media as HTMLInputElement).checked).toBe(true);
    expect(description(media).join(' ')).toMatch(/on Linux music too, .* Switch this off if such a thing runs while you step away\. Here it reads a test double\.$/);
  });

  it('says why when media playing can\'t be seen here', async () => {
    const why = 'there is no D-Bus session bus to ask (DBUS_SESSION_BUS_ADDRESS is not set)';
    const readable = { readable: true, via: 'a test double' } as const;
    const { section } = await renderWatching({ busySignals: { call: readable, fullscreen: readable, dnd: readable, media: { readable: false, why } } });
    expect(description(section.getByRole('checkbox', { name: 'Count watching a video as sitting' })).join(' '))
      .toMatch(/Not available here: there is no D-Bus session bus to ask \(DBUS_SESSION_BUS_ADDRESS is not set\)\.$/);
  });

  it('saves the switch and how the reading switch ends, the moment they change', async () => {
    const { section, calls, settings } = await renderWatching();
    fireEvent.click(section.getByRole('checkbox', { name: 'Count watching a video as sitting' }));
    await settle();
    const ends = section.getByRole('combobox', { name: 'The tray’s “I’m reading” switch turns off' });
    expect((ends as HTMLSelectElement).value).toBe('input');
    fireEvent.change(ends, { target: { value: '30-minutes' } });
    await settle();
    expect(calls.saved).toEqual([{ watching: { media: false } }, { watching: { readingEnds: '30-minutes' } }]);
    expect(settings().watching).toEqual({ media: false, readingEnds: '30-minutes' });
  });

  it('asks the main process about the signals once for the whole window', async () => {
    const recording = recordingBridge();
    let asked = 0;
    const ask = recording.bridge.busySignals.bind(recording.bridge);
    recording.bridge.busySignals = () => { asked++; return ask(); };
    render(<SettingsScreen bridge={recording.bridge} />);
    await screen.findByRole('group', { name: 'Watching and reading', hidden: true });
    await settle();
    expect(asked).toBe(1);
  });
});
