// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateOffer, UpdateView } from '../../../core/updates/offer';
import { createPreviewBridge, PREVIEW_KEYS } from '../../../renderer/preview/bridge';
import { UpdateScreen } from '../../../renderer/update/UpdateScreen';
import { NO_UPDATE, recordingBridge } from '../../helpers/bridge';

const settle = () => act(() => new Promise<void>((resolve) => { setTimeout(resolve, 0); }));
const offer = (more: Partial<UpdateOffer> = {}): UpdateOffer => ({ version: '1.2.0', notes: 'Fixes.', state: 'available', percent: null, problem: null, ...more });
const offering = (more: Partial<UpdateOffer> = {}, view: Partial<UpdateView> = {}): UpdateView => ({ ...NO_UPDATE, offer: offer(more), ...view });

/** The update window at `#/update?query`, on a recording bridge seeded with `update`, once loaded. */
async function open(query: string, update?: UpdateView) {
  window.location.hash = `#/update${query}`;
  const recording = recordingBridge(update ? { update } : {});
  const onClose = vi.fn();
  render(<UpdateScreen bridge={recording.bridge} onClose={onClose} />);
  await settle();
  return { ...recording, onClose };
}

beforeEach(() => { document.title = ''; });
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the update window asking once', () => {
  it('asks, says what a check sends, saves yes, says so, and then offers Close with focus on it', async () => {
    const { calls, settings, onClose } = await open('?ask');
    const heading = screen.getByRole('heading', { level: 1, name: 'Check for new versions?' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/sends nothing about you or your breaks/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Check once a day' }));
    await settle();
    expect(calls.saved).toEqual([{ updates: { check: true } }]);
    expect(settings().updates.check).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Limber will check once a day.');
    expect(screen.queryByRole('button', { name: 'Check once a day' })).toBeNull();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('saves no as off', async () => {
    const { calls } = await open('?ask');
    fireEvent.click(screen.getByRole('button', { name: 'Don’t check' }));
    await settle();
    expect(calls.saved).toEqual([{ updates: { check: false } }]);
    expect(screen.getByRole('status').textContent).toBe('Limber won’t check. Settings can turn it on.');
  });

  it('shows why the answer was not saved, and asks again', async () => {
    window.location.hash = '#/update?ask';
    const { bridge } = recordingBridge();
    bridge.saveSettings = () => Promise.resolve({ ok: false, errors: ['the settings could not be saved: disk full'] });
    render(<UpdateScreen bridge={bridge} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check once a day' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Your answer could not be saved:the settings could not be saved: disk full');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Check once a day' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });
});

describe('the update window after an update', () => {
  it('shows the notes kept for the version now running, as text', async () => {
    await open('?whats-new=1.2.0', { ...NO_UPDATE, current: '1.2.0', whatsNew: { version: '1.2.0', notes: 'Faster <b>breaks</b>.' } });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'What’s new in Limber 1.2.0' }));
    const notes = screen.getByRole('region', { name: 'What’s in it' });
    expect(notes.textContent).toBe('Faster <b>breaks</b>.');
    expect(notes.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('says only that Limber was updated when the notes kept are for another version', async () => {
    await open('?whats-new=1.3.0', { ...NO_UPDATE, whatsNew: { version: '1.2.0', notes: 'Old notes.' } });
    expect(screen.getByText('Limber was updated to 1.3.0.')).toBeTruthy();
    expect(screen.queryByText('Old notes.')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('the update window with a version on offer', () => {
  it('says so when nothing is on offer', async () => {
    const { onClose } = await open('');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Limber 0.1.0 is the newest version Limber knows of.');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows the version, the one running, and the notes as plain text in a region that scrolls by keyboard', async () => {
    await open('?version=1.2.0', offering({ notes: 'Line one\n<b>not bold</b> <script>alert(1)</script>' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Limber 1.2.0 is available');
    expect(screen.getByText('You have Limber 0.1.0.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What’s in it');
    const notes = screen.getByRole('region', { name: 'What’s in it' });
    expect(notes.textContent).toBe('Line one\n<b>not bold</b> <script>alert(1)</script>');
    expect(notes.children).toHaveLength(0);
    expect(notes.tabIndex).toBe(0);
  });

  it('says when the release came without notes', async () => {
    await open('?version=1.2.0', offering({ notes: '' }));
    expect(screen.getByText('This release came without notes.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('names the version on offer in the title when the query did not', async () => {
    await open('', offering());
    expect(document.title).toBe('Limber 1.2.0 is available – Limber');
  });

  it('downloads on request, shows the progress as main reports it, then offers a restart now or on quitting', async () => {
    const { calls, changeUpdate, onClose } = await open('?version=1.2.0', offering());
    const download = screen.getByRole('button', { name: 'Download and restart' });
    expect(download.getAttribute('aria-describedby')).toBe('update-download-hint');
    expect(document.getElementById('update-download-hint')?.textContent).toMatch(/^Downloads in the background/);
    download.focus();
    fireEvent.click(download);
    expect(calls.updateSteps).toEqual(['download']);
    changeUpdate(offering({ state: 'downloading', percent: 12.7 }));
    await settle();
    const progress = screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Download progress' });
    expect([progress.max, progress.value]).toEqual([100, 12.7]);
    expect(screen.getByRole('status').textContent).toBe('Downloading: 12%');
    // The button it pressed has gone: focus stays in the window, on what took its place.
    expect(document.activeElement?.className).toBe('update-actions');
    changeUpdate(offering({ state: 'downloading', percent: 64 }));
    await settle();
    expect(screen.getByRole<HTMLProgressElement>('progressbar').value).toBe(64);
    expect(screen.getByRole('status').textContent).toBe('Downloading: 64%');
    changeUpdate(offering({ state: 'downloaded', percent: 100 }));
    await settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Limber 1.2.0 is downloaded. It installs when Limber quits.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restart now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(calls.updateSteps).toEqual(['download', 'install-now']);
    fireEvent.click(screen.getByRole('button', { name: 'Install when I quit' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says why the last download failed, as an alert, and offers it again', async () => {
    await open('?version=1.2.0', offering({ problem: 'The download didn’t complete.' }));
    expect(screen.getByRole('alert').textContent).toBe('The download failed: The download didn’t complete. You can try again.');
    expect(screen.getByRole('button', { name: 'Download and restart' })).toBeTruthy();
  });

  it('links to the download page when this copy cannot install itself', async () => {
    const { calls } = await open('?version=1.2.0', offering({}, { canInstall: false }));
    expect(screen.getByText(/installed by a package/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download and restart' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open the download page' }));
    expect(calls.updateSteps).toEqual(['download-page']);
  });

  it('stops listening when it closes', async () => {
    const { listening } = await open('?version=1.2.0', offering());
    expect(listening()).toBe(1);
    cleanup();
    expect(listening()).toBe(0);
  });

  it('closes on Escape', async () => {
    const { onClose } = await open('?version=1.2.0', offering());
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('the preview bridge\'s update', () => {
  beforeEach(() => { window.localStorage.clear(); });

  it('has nothing on offer unless a view is stored, and shows a stored download begun', async () => {
    expect(await createPreviewBridge(window.localStorage).update()).toEqual({ current: '0.1.0', canInstall: true, offer: null, whatsNew: null });
    window.localStorage.setItem(PREVIEW_KEYS.update, JSON.stringify(offering()));
    const bridge = createPreviewBridge(window.localStorage);
    const told = vi.fn();
    bridge.onChange(told);
    expect((await bridge.update()).offer?.state).toBe('available');
    await bridge.updateStep('download');
    expect(told).toHaveBeenCalledOnce();
    expect((await bridge.update()).offer).toMatchObject({ state: 'downloading', percent: 40 });
    expect(JSON.parse(window.localStorage.getItem(PREVIEW_KEYS.update) ?? '')).toEqual(offering());
  });
});
