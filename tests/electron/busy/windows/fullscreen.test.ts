// SHQueryUserNotificationState can't be called here; its answers, as shellapi.h lists them, can be read.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { fullscreenFromState, SH_QUERY_PROTOTYPE } from '../../../../electron/busy/windows/fullscreen';

describe('fullscreen on Windows, from the notification state', () => {
  it('is on for a fullscreen app, a Direct3D game or video, and presentation mode', () => {
    expect([2, 3, 4].map((state) => fullscreenFromState(0, state))).toEqual([true, true, true]);
  });

  it('is off when Windows accepts notifications, in quiet time, for a Store app, and on a locked screen', () => {
    expect([5, 6, 7, 1].map((state) => fullscreenFromState(0, state))).toEqual([false, false, false, false]);
  });

  it('names a failed call and an answer it does not know', () => {
    expect(() => fullscreenFromState(-2147467259, 0)).toThrow('SHQueryUserNotificationState returned 0x80004005');
    expect(() => fullscreenFromState(0, 9)).toThrow('a notification state Limber does not know (9)');
  });

  it('declares a prototype koffi can bind', () => {
    expect(koffi.proto(SH_QUERY_PROTOTYPE).proto?.arguments).toHaveLength(1);
  });
});
