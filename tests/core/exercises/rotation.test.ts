import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { POSTURE_CUE } from '../../../core/exercises/fit';
import { ROUTINES, routineSeconds } from '../../../core/exercises/library';
import { nextRoutine } from '../../../core/exercises/rotation';
import type { BreakKind } from '../../../core/kinds';

const catalogue = catalogueOf();
/** Long enough for any routine of the kind. */
const ROOM = 3600;

const cycle = (kind: BreakKind, length: number) => {
  const ids: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < length; i++) {
    last = nextRoutine({ kind, catalogue, seconds: ROOM, lastOffered: last, recent: [] });
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
    const first = nextRoutine({ kind: 'micro', catalogue, seconds: ROOM, lastOffered: 'no-such-routine', recent: [] });
    expect(first).toBe(ROUTINES.find((r) => r.forKinds.includes('micro'))?.id);
    expect(cycle('long', 10).every((id) => ROUTINES.find((r) => r.id === id)?.forKinds.includes('long'))).toBe(true);
  });

  it('offers the posture cue when no routine can fit the break', () => {
    const shortest = Math.min(...ROUTINES.filter((r) => r.forKinds.includes('micro')).map((r) => routineSeconds(r)));
    expect(nextRoutine({ kind: 'micro', catalogue, seconds: 1, lastOffered: null, recent: [] })).toBe(POSTURE_CUE);
    expect(nextRoutine({ kind: 'micro', catalogue, seconds: shortest, lastOffered: null, recent: [] })).not.toBe(POSTURE_CUE);
  });
});
