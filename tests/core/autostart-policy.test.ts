import { describe, expect, it } from 'vitest';
import { autostartToWrite } from '../../core/autostart-policy';

describe('autostartToWrite', () => {
  it('writes on a first start what the defaults say, in a packaged build', () => {
    expect(autostartToWrite(true, null, true)).toBe(true);
    expect(autostartToWrite(true, null, false)).toBe(false);
  });

  it('writes when the setting changes, and leaves a later start alone', () => {
    expect(autostartToWrite(true, true, false)).toBe(false);
    expect(autostartToWrite(true, false, true)).toBe(true);
    expect(autostartToWrite(true, true, true)).toBeNull();
    expect(autostartToWrite(true, false, false)).toBeNull();
  });

  it('never writes from an unpackaged run, which would start the development Electron at login', () => {
    expect(autostartToWrite(false, null, true)).toBeNull();
    expect(autostartToWrite(false, false, true)).toBeNull();
  });
});
