import { describe, expect, it } from 'vitest';
import { describeSession, promptWindowsWork, sessionNotice } from '../../../core/shell/session';
import { notificationsWords } from '../../../core/words/notifications';

const { nativeWayland: NATIVE_WAYLAND_NOTE, noTray: NO_TRAY_NOTE } = notificationsWords.session;

const WAYLAND = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

describe('describeSession', () => {
  it('sees Electron 33 on Wayland drawing through XWayland, where windows behave as on X11', () => {
    const session = describeSession({ platform: 'linux', env: WAYLAND, argv: ['/opt/Limber/limber'], electron: '33.2.1' });
    expect(session).toEqual({ wayland: true, nativeWayland: false });
    expect(promptWindowsWork(session)).toBe(true);
  });

  it('sees Chromium drawing natively on Wayland when asked to by switch or environment', () => {
    for (const [argv, hint] of [
      [['limber', '--ozone-platform=wayland'], undefined],
      [['limber', '--ozone-platform-hint=auto'], undefined],
      [['limber'], 'wayland'],
      [['limber'], 'auto'],
    ] as const) {
      const session = describeSession({ platform: 'linux', env: { ...WAYLAND, ELECTRON_OZONE_PLATFORM_HINT: hint }, argv, electron: '33.2.1' });
      expect(session, `${argv.join(' ')} ${String(hint)}`).toEqual({ wayland: true, nativeWayland: true });
      expect(promptWindowsWork(session)).toBe(false);
    }
    // The switch wins over the hint, as in Chromium.
    expect(describeSession({ platform: 'linux', env: { ...WAYLAND, ELECTRON_OZONE_PLATFORM_HINT: 'auto' }, argv: ['limber', '--ozone-platform=x11'], electron: '33.2.1' }).nativeWayland).toBe(false);
  });

  it('sees Electron 38 and later drawing natively on Wayland unless told to use X11', () => {
    expect(describeSession({ platform: 'linux', env: WAYLAND, argv: ['limber'], electron: '45.1.0' }).nativeWayland).toBe(true);
    expect(describeSession({ platform: 'linux', env: WAYLAND, argv: ['limber', '--ozone-platform=x11'], electron: '45.1.0' }).nativeWayland).toBe(false);
    expect(describeSession({ platform: 'linux', env: WAYLAND, argv: ['limber', '--ozone-platform-hint=x11'], electron: '38.0.0' }).nativeWayland).toBe(false);
    // Electron 38 dropped the variable: one left over from before changes nothing.
    expect(describeSession({ platform: 'linux', env: { ...WAYLAND, ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, argv: ['limber'], electron: '38.0.0' }).nativeWayland).toBe(true);
  });

  it('takes WAYLAND_DISPLAY as the sign of Wayland only when the session type is not set', () => {
    expect(describeSession({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, argv: [], electron: '33.2.1' }).wayland).toBe(true);
    expect(describeSession({ platform: 'linux', env: { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' }, argv: [], electron: '45.0.0' }).wayland).toBe(false);
    expect(describeSession({ platform: 'darwin', env: WAYLAND, argv: ['--ozone-platform=wayland'], electron: '45.0.0' })).toEqual({ wayland: false, nativeWayland: false });
  });
});

describe('sessionNotice', () => {
  it('says nothing where everything works', () => {
    expect(sessionNotice({ nativeWayland: false, trayShown: true }, [])).toBeNull();
  });

  it('puts what works differently into one notice', () => {
    expect(sessionNotice({ nativeWayland: true, trayShown: false }, [])).toEqual({
      text: { title: 'How Limber works in this session', body: `${NATIVE_WAYLAND_NOTE}\n\n${NO_TRAY_NOTE}` }, notes: ['native-wayland', 'no-tray'],
    });
    expect(sessionNotice({ idle: 'Breaks follow the clock.', nativeWayland: false, trayShown: false }, [])?.text)
      .toEqual({ title: 'Limber follows the clock here', body: `Breaks follow the clock.\n\n${NO_TRAY_NOTE}` });
  });

  it('says each note once: a session that changes later gets only what is new', () => {
    expect(sessionNotice({ idle: 'Breaks follow the clock.', nativeWayland: false, trayShown: true }, ['clock'])).toBeNull();
    expect(sessionNotice({ idle: 'Breaks follow the clock.', nativeWayland: true, trayShown: true }, ['clock']))
      .toEqual({ text: { title: 'How Limber works in this session', body: NATIVE_WAYLAND_NOTE }, notes: ['native-wayland'] });
  });
});
