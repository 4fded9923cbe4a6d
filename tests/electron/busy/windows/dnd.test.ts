// NtQueryWnfStateData can't be called here; the profile Windows publishes, 4 bytes little-endian, can be read.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { focusAssistFrom, WNF_QUERY_PROTOTYPE } from '../../../../electron/busy/windows/dnd';

const profile = (index: number) => new Uint8Array([index, 0, 0, 0]);

describe('Do Not Disturb on Windows, from Focus Assist\'s profile', () => {
  it('is on for priority only and alarms only, off when Focus Assist is off', () => {
    expect([0, 1, 2].map((index) => focusAssistFrom(0, profile(index)))).toEqual([false, true, true]);
  });

  it('is off when Focus Assist has published nothing since Windows started', () => {
    expect(focusAssistFrom(0, new Uint8Array(0))).toBe(false);
  });

  it('reads the profile from inside a larger buffer', () => {
    const buffer = new Uint8Array([9, 9, 2, 0, 0, 0]);
    expect(focusAssistFrom(0, buffer.subarray(2))).toBe(true);
  });

  it('names a failed query, an unknown size and an unknown profile', () => {
    expect(() => focusAssistFrom(-1073741772, profile(0))).toThrow('NTSTATUS 0xc0000034');
    expect(() => focusAssistFrom(0, new Uint8Array(8))).toThrow('in 8 bytes, not the 4 Limber knows');
    expect(() => focusAssistFrom(0, profile(3))).toThrow('a Do not disturb profile Limber does not know (3)');
  });

  it('declares a prototype koffi can bind', () => {
    expect(koffi.proto(WNF_QUERY_PROTOTYPE).proto?.arguments).toHaveLength(6);
  });
});
