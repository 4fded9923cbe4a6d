// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { recordingBridge } from '../../helpers/bridge';
import { description, renderSection, settle, showPanelOf } from './render';

afterEach(cleanup);

const renderBusy = (seed: Parameters<typeof recordingBridge>[0] = {}) => renderSection('Calls and presentations', seed);

describe('the calls and presentations settings', () => {
  it('has a switch per signal, each saying what it looks at and how this machine reads it, or why it can\'t', async () => {
    const { section } = await renderBusy({
      busySignals: {
        call: { readable: true, via: 'PulseAudio/PipeWire recording streams' },
        fullscreen: { readable: false, why: 'xprop is not installed (it comes with the x11-utils package)' },
        dnd: { readable: false, why: 'macOS shows the Focus state only to apps with Full Disk Access, which Limber does not ask for' },
        media: { readable: true, via: 'media players on the session bus (MPRIS)' },
      },
    });
    const call = section.getByRole('checkbox', { name: 'Hold breaks during calls' });
    expect((call as HTMLInputElement).checked).toBe(true);
    expect(description(call).join(' ')).toMatch(/never at what it hears or sees\. Here it reads PulseAudio\/PipeWire recording streams\.$/);
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks while a window fills the screen' })).join(' '))
      .toMatch(/Not available here: xprop is not installed \(it comes with the x11-utils package\)\.$/);
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks while Do Not Disturb is on' })).join(' '))
      .toMatch(/Not available here: macOS shows the Focus state only to apps with Full Disk Access, which Limber does not ask for\.$/);
  });

  it('saves a switch the moment it changes', async () => {
    const { section, calls, settings } = await renderBusy();
    fireEvent.click(section.getByRole('checkbox', { name: 'Hold breaks while Do Not Disturb is on' }));
    await settle();
    expect(calls.saved).toEqual([{ busy: { dnd: false } }]);
    expect(settings().busy).toEqual({ call: true, fullscreen: true, dnd: false, holdMaxMinutes: 120 });
  });

  it('names a signal that has been on for hours, beside its switch', async () => {
    const { snapshot } = await recordingBridge().bridge.status();
    const { section } = await renderBusy({ status: { snapshot: { ...snapshot, busyRun: { reason: 'call', seconds: 6 * 3600 + 120 } } } });
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks during calls' })).join(' '))
      .toMatch(/ The microphone or camera has been in use for 6 h\. If that is not right, switch this off and breaks stop waiting for it\.$/);
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks while Do Not Disturb is on' })).join(' ')).not.toMatch(/for 6 h/);
  });

  it('names none that has been on for less than two hours', async () => {
    const { snapshot } = await recordingBridge().bridge.status();
    const { section } = await renderBusy({ status: { snapshot: { ...snapshot, busyRun: { reason: 'dnd', seconds: 7199 } } } });
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks while Do Not Disturb is on' })).join(' ')).toMatch(/Here it reads a test double\.$/);
  });

  it('says so when the signals could not be checked', async () => {
    const recording = recordingBridge();
    recording.bridge.busySignals = () => Promise.reject(new Error('main went away'));
    render(<SettingsScreen bridge={recording.bridge} />);
    showPanelOf(await screen.findByRole('group', { name: 'Calls and presentations', hidden: true }));
    await settle();
    const section = within(screen.getByRole('group', { name: 'Calls and presentations' }));
    expect(description(section.getByRole('checkbox', { name: 'Hold breaks during calls' })).join(' ')).toMatch(/Not available here: Limber could not check\.$/);
  });
});
