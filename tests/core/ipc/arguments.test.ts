import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArguments } from '../../../core/ipc/arguments';
import { BRIDGE_METHODS } from '../../../core/ipc/channels';

describe('checkArguments', () => {
  it.each([
    ['act', [{ action: 'snooze' }]],
    ['act', [{ action: 'start-break' }]],
    ['act', [{ action: 'start-break', kind: 'micro' }]],
    ['act', [{ action: 'pause', minutes: 30 }]],
    ['act', [{ action: 'pause', until: 'tomorrow' }]],
    ['act', [{ action: 'reading', until: 'input' }]],
    ['act', [{ action: 'reading', minutes: 30 }]],
    ['act', [{ action: 'stop-reading' }]],
    ['startBreak', ['unwind']],
    ['recordRoutine', [{ routineId: 'quick-brace', outcome: 'hurt', exercisesDone: ['abdominal-bracing'] }]],
    ['offerRoutine', ['micro']],
    ['importSettings', ['{"theme": "dark"}']],
    ['exportFile', ['history-csv']],
    ['recordCheckIn', [{ moment: 'before', rating: 0 }]],
    ['recordCheckIn', [{ moment: 'after', rating: 10 }]],
    ['history', []],
    ['status', []],
    ['saveSettings', [{ anything: 'is checked by parseSettings' }]],
    ['startBreak', ['own-desk-reset']],
    ['recordRoutine', [{ routineId: 'own-desk-reset', outcome: 'hurt', exercisesDone: [], hurtExercise: 'own-wall-push' }]],
    ['routines', []],
    ['saveRoutines', [{ exercises: [{ anything: 'is checked by checkOwn' }], routines: [] }]],
    ['bringBack', ['seated-march']],
    ['importRoutine', ['{"format": "limber-routine"}']],
    ['exportRoutine', ['own-desk-reset']],
  ] as const)('accepts %s(%j)', (method, args) => {
    expect(checkArguments(method, [...args])).toEqual({ ok: true, args });
  });

  it.each([
    ['act', [{ action: 'explode' }], 'must be a known action'],
    ['act', [{ action: 'pause', minutes: 0 }], '[0].minutes must be a whole number between 1 and 1440'],
    ['act', [{ action: 'reading', minutes: 2000 }], '[0].minutes must be a whole number between 1 and 1440'],
    ['act', [{ action: 'snooze', extra: 1 }], 'unknown field: [0].extra'],
    ['act', [], 'takes exactly one argument'],
    ['startBreak', ['../../etc/passwd'], '[0] must be a short name in lower case with hyphens, like "seated-march"'],
    ['recordRoutine', [{ routineId: 'unwind', outcome: 'great', exercisesDone: [] }], '[0].outcome must be "completed", "ended" or "hurt"'],
    ['recordRoutine', [{ routineId: 'unwind', outcome: 'ended', exercisesDone: ['Juggling!'] }], '[0].exercisesDone[0] must be a short name in lower case with hyphens, like "seated-march"'],
    ['recordRoutine', [{ routineId: 'unwind', outcome: 'hurt', exercisesDone: [], hurtExercise: 7 }], '[0].hurtExercise must be text'],
    ['offerRoutine', ['huge'], '[0] must be "micro" or "long"'],
    ['importSettings', [{ theme: 'dark' }], '[0] must be the text of a file'],
    ['importSettings', ['x'.repeat(100_001)], '[0] is longer than a settings file can be (100000 characters)'],
    ['exportFile', ['/etc/passwd'], '[0] must be "settings", "history-csv" or "history-json"'],
    ['recordCheckIn', [{ moment: 'before', rating: 11 }], '[0].rating must be a whole number between 0 and 10'],
    ['recordCheckIn', [{ moment: 'during', rating: 5 }], '[0].moment must be "before" or "after"'],
    ['takeGuidance', [true], 'takes no arguments'],
    ['routines', ['all'], 'takes no arguments'],
    ['saveRoutines', [{ exercises: [] }], '[0].routines'],
    ['saveRoutines', [{ exercises: [], routines: [], leftOut: [] }], 'unknown field: [0].leftOut'],
    ['saveRoutines', [{ exercises: Array<null>(201).fill(null), routines: [] }], '[0].exercises'],
    ['bringBack', ['../../etc/passwd'], '[0] must be a short name in lower case with hyphens, like "seated-march"'],
    ['bringBack', [], 'takes exactly one argument'],
    ['importRoutine', [{ format: 'limber-routine' }], '[0] must be the text of a file'],
    ['importRoutine', ['x'.repeat(100_001)], '[0] is longer than a routine file can be (100000 characters)'],
    ['exportRoutine', ['own routine'], '[0] must be a short name in lower case with hyphens, like "seated-march"'],
    ['status', [1], 'takes no arguments'],
  ] as const)('refuses %s(%j), saying %s', (method, args, message) => {
    const checked = checkArguments(method, [...args]);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors.join('; ')).toContain(message);
  });

  it('never throws, whatever a renderer sends', () => {
    fc.assert(fc.property(fc.constantFrom(...BRIDGE_METHODS), fc.array(fc.anything(), { maxLength: 3 }), (method, args) => {
      expect(() => checkArguments(method, args)).not.toThrow();
    }), { numRuns: 300 });
  });
});
