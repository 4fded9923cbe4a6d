import { describe, expect, it } from 'vitest';
import { ROUTINES } from '../../../core/exercises/library';
import { nextRoutine } from '../../../core/exercises/rotation';
import type { BreakKind } from '../../../core/kinds';

const cycle = (kind: BreakKind, length: number) => {
  const ids: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < length; i++) {
    last = nextRoutine(kind, last).id;
    ids.push(last);
  }
  return ids;
};

describe('nextRoutine', () => {
  it('rotates through every routine a kind offers before repeating one', () => {
    for (const kind of ['micro', 'long'] as const) {
      const offered = ROUTINES.filter((r) => r.forKinds.includes(kind)).map((r) => r.id);
      expect(cycle(kind, offered.length * 2)).toEqual([...offered, ...offered]);
    }
  });

  it('offers only routines meant for the kind, and starts over after an unknown id', () => {
    expect(nextRoutine('micro', 'no-such-routine').forKinds).toContain('micro');
    expect(cycle('long', 10).every((id) => ROUTINES.find((r) => r.id === id)?.forKinds.includes('long'))).toBe(true);
  });

  it('says so when a kind has no routine', () => {
    expect(() => nextRoutine('micro', null, ROUTINES.filter((r) => !r.forKinds.includes('micro')))).toThrow(/micro/);
  });
});
