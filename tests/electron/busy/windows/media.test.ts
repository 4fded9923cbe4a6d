// CallNtPowerInformation can't be called here; its answers can be read.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { displayRequired, POWER_INFORMATION_PROTOTYPE } from '../../../../electron/busy/windows/media';

describe('media playing on Windows, from the system execution state', () => {
  it('is on while some program keeps the display on (ES_DISPLAY_REQUIRED), whatever else it asks', () => {
    expect([0x2, 0x3, 0x80000002, 0x42].map((state) => displayRequired(0, state))).toEqual([true, true, true, true]);
  });

  it('is off when only the system is kept awake, or nothing is', () => {
    expect([0, 0x1, 0x40, 0x80000001].map((state) => displayRequired(0, state))).toEqual([false, false, false, false]);
  });

  it('names a failed call', () => {
    expect(() => displayRequired(-1073741790, 0)).toThrow('CallNtPowerInformation returned 0xc0000022');
  });

  it('declares a prototype koffi can bind', () => {
    expect(koffi.proto(POWER_INFORMATION_PROTOTYPE).proto?.arguments).toHaveLength(5);
  });
});
