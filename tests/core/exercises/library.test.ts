import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  EXERCISES,
  ROUTINES,
  exerciseById,
  routineExercises,
  routineById,
  routineSeconds,
} from '../../../core/exercises/library';
import { exerciseSchema, routineSchema } from '../../../core/exercises/schema';
import { stepsFor } from '../../../core/exercises/sides';
import type { Dosage, LibraryExercise, Routine } from '../../../core/exercises/types';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

const REQUIRED_EXERCISES = [
  'abdominal-bracing',
  'seated-march',
  'seated-rotation',
  'seated-knee-tuck',
  'seated-forward-curl',
  'neck-flexion',
  'neck-side-bend',
  'levator-scapula',
  'muscle-relaxation',
  'standing-backbend',
  'standing-hip-shift',
  'seated-pelvic-tilt',
  'seated-cat-cow',
  'seated-knee-hug',
  'seated-hamstring-stretch',
  'standing-hip-flexor-stretch',
];
const REQUIRED_ROUTINES = ['quick-brace', 'lower-back-reset', 'neck-and-shoulders', 'posture-reset'];
const STANDING = ['standing-backbend', 'standing-hip-shift', 'levator-scapula', 'standing-hip-flexor-stretch'];
const TWO_SIDED = [
  'seated-rotation', 'neck-side-bend', 'levator-scapula', 'standing-hip-shift', 'seated-knee-hug', 'seated-hamstring-stretch',
  'standing-hip-flexor-stretch',
];

const exercise = (id: string): LibraryExercise => {
  const found = exerciseById(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};
const routine = (id: string): Routine => {
  const found = routineById(id);
  if (!found) throw new Error(`no routine ${id}`);
  return found;
};
const between = (value: number, min: number, max: number) => value >= min && value <= max;

/** General rule of article 004: hold a stretch 20-30 s and repeat it 2-5 times. */
const stretchRule = (dosage: Dosage) =>
  dosage.kind === 'hold' && between(dosage.holdSeconds, 20, 30) && between(dosage.holds, 2, 5);

/**
 * What the articles allow for each exercise, spelled out one by one, so a new exercise needs a decision here.
 * Stretches follow the general rule of 004 unless their article gives its own numbers.
 */
const ARTICLE_RULES: Record<string, { rule: string; check: (dosage: Dosage) => boolean }> = {
  'abdominal-bracing': {
    rule: 'exactly 10 holds of 10 s, one side (000)',
    check: (d) => d.kind === 'hold' && d.holds === 10 && d.holdSeconds === 10 && d.sides === 1,
  },
  'seated-march': {
    rule: 'exactly 3 bouts of 30 s, one side (000)',
    check: (d) => d.kind === 'timed' && d.sets === 3 && d.workSeconds === 30 && d.sides === 1,
  },
  'seated-knee-tuck': {
    rule: 'exactly 10 reps in one set (001)',
    check: (d) => d.kind === 'reps' && d.reps === 10 && d.sets === 1 && d.sides === 1,
  },
  'seated-rotation': {
    rule: 'holds of 10 s each side (001), up to a minute or so in all (000)',
    check: (d) => d.kind === 'hold' && d.holdSeconds === 10 && between(d.holds, 1, 5) && d.sides === 2,
  },
  'posture-reset-brace': {
    rule: 'a single 10-20 s brace (bracing from 000, one hold for a micro-break)',
    check: (d) => d.kind === 'hold' && d.holds === 1 && between(d.holdSeconds, 10, 20),
  },
  'muscle-relaxation': {
    rule: 'no dosage in 003: any hold-and-release shape',
    check: (d) => d.kind === 'hold',
  },
  'seated-forward-curl': { rule: 'stretch rule of 004', check: stretchRule },
  'neck-flexion': { rule: 'stretch rule of 004', check: stretchRule },
  'neck-side-bend': { rule: 'stretch rule of 004', check: stretchRule },
  'levator-scapula': { rule: 'stretch rule of 004', check: stretchRule },
  'standing-backbend': { rule: 'stretch rule of 004', check: stretchRule },
  'standing-hip-shift': { rule: 'stretch rule of 004', check: stretchRule },
  'seated-pelvic-tilt': {
    rule: 'holds of 10 s, 3 of them (002) up to 20 (001), one side',
    check: (d) => d.kind === 'hold' && d.holdSeconds === 10 && between(d.holds, 3, 20) && d.sides === 1,
  },
  'seated-cat-cow': {
    rule: 'exactly 10 reps in one set (002)',
    check: (d) => d.kind === 'reps' && d.reps === 10 && d.sets === 1 && d.sides === 1,
  },
  'seated-knee-hug': {
    rule: 'exactly 3 holds of 10 s for each leg (002)',
    check: (d) => d.kind === 'hold' && d.holds === 3 && d.holdSeconds === 10 && d.sides === 2,
  },
  'seated-hamstring-stretch': {
    rule: 'holds of 20-30 s, then the other leg (003), 2-5 times (004)',
    check: (d) => stretchRule(d) && d.sides === 2,
  },
  'standing-hip-flexor-stretch': {
    rule: 'holds of 20 s (004) to 30 s (003), 2-5 times (004), one side at a time',
    check: (d) => stretchRule(d) && d.sides === 2,
  },
};

describe('schemas', () => {
  it('infer exactly the library types', () => {
    expectTypeOf<z.infer<typeof exerciseSchema>>().toEqualTypeOf<LibraryExercise>();
    expectTypeOf<z.infer<typeof routineSchema>>().toEqualTypeOf<Routine>();
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('accept exercise %s', (_id, e) => {
    expect(exerciseSchema.safeParse(e).error?.issues).toBeUndefined();
  });

  it.each(ROUTINES.map((r) => [r.id, r] as const))('accept routine %s', (_id, r) => {
    expect(routineSchema.safeParse(r).error?.issues).toBeUndefined();
  });

  it('reject values out of range, bad ids and empty lists', () => {
    const base = exercise('abdominal-bracing');
    const hold = { kind: 'hold', holds: 10, holdSeconds: 10, restSeconds: 5, sides: 1 } as const;
    const bad: unknown[] = [
      { ...base, id: 'Abdominal_Bracing' },
      { ...base, steps: [] },
      { ...base, cues: [] },
      { ...base, cautions: [] },
      { ...base, steps: ['  '] },
      { ...base, dosage: { ...hold, holdSeconds: 4 } },
      { ...base, dosage: { ...hold, holdSeconds: 61 } },
      { ...base, dosage: { ...hold, holds: 21 } },
      { ...base, dosage: { ...hold, holds: 0 } },
      { ...base, dosage: { ...hold, restSeconds: 31 } },
      { ...base, dosage: { ...hold, sides: 3 } },
      { ...base, dosage: { ...hold, holds: 2.5 } },
      { ...base, dosage: { kind: 'reps', reps: 31, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 } },
      { ...base, dosage: { kind: 'reps', reps: 10, secondsPerRep: 11, sets: 1, restSeconds: 0, sides: 1 } },
      { ...base, dosage: { kind: 'reps', reps: 10, secondsPerRep: 3, sets: 6, restSeconds: 0, sides: 1 } },
      { ...base, dosage: { kind: 'timed', sets: 3, workSeconds: 4, restSeconds: 5, sides: 1 } },
      { ...base, dosage: { kind: 'timed', sets: 3, workSeconds: 121, restSeconds: 5, sides: 1 } },
      { ...base, source: { article: '005', note: 'x' } },
      { ...base, extra: true },
    ];
    for (const value of bad) expect(exerciseSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    expect(routineSchema.safeParse({ ...routine('quick-brace'), exerciseIds: [] }).success).toBe(false);
    expect(routineSchema.safeParse({ ...routine('quick-brace'), forKinds: ['lunch'] }).success).toBe(false);
  });
});

describe('the exercise schema and sides', () => {
  const twoSided = exercise('seated-rotation');
  const oneSided = exercise('abdominal-bracing');
  const { firstSide: _first, ...withoutFirstSide } = twoSided;
  const rejected: [string, unknown][] = [
    ['a two-sided exercise without its first side', withoutFirstSide],
    ['a one-sided exercise with a first side', { ...oneSided, firstSide: 'right' }],
    ['a first side that is no side', { ...twoSided, firstSide: 'up' }],
    ['a two-sided step that names the side it does second', { ...twoSided, steps: [...twoSided.steps, 'Turn to the left.'] }],
    ['a misspelt placeholder', { ...twoSided, steps: [...twoSided.steps, 'Turn to the {sdie}.'] }],
    ['a placeholder in a one-sided exercise', { ...oneSided, steps: [...oneSided.steps, 'Lean to the {side}.'] }],
    ['a two-sided cue that names a side', { ...twoSided, cues: [...twoSided.cues, 'Keep the left hip down.'] }],
    ['a placeholder in a cue', { ...twoSided, cues: [...twoSided.cues, 'Keep the {side} hip down.'] }],
  ];
  it.each(rejected)('rejects %s', (_what, value) => {
    expect(exerciseSchema.safeParse(value).success).toBe(false);
  });
});

describe('library', () => {
  it('has unique ids', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const routineIds = ROUTINES.map((r) => r.id);
    expect(new Set(routineIds).size).toBe(routineIds.length);
  });

  it('holds every required exercise and routine', () => {
    for (const id of REQUIRED_EXERCISES) expect(exerciseById(id), id).toBeDefined();
    for (const id of REQUIRED_ROUTINES) expect(routineById(id), id).toBeDefined();
  });

  it('returns undefined for unknown ids', () => {
    expect(exerciseById('cobra')).toBeUndefined();
    expect(routineById('floor-flow')).toBeUndefined();
  });

  it('has routines that name existing exercises only', () => {
    for (const r of ROUTINES) for (const id of r.exerciseIds) expect(exerciseById(id), `${r.id} -> ${id}`).toBeDefined();
  });

  it('gives the required routines their break kinds and contents', () => {
    expect(routine('quick-brace')).toMatchObject({ forKinds: ['long'], exerciseIds: ['abdominal-bracing'] });
    expect(routine('lower-back-reset').exerciseIds).toEqual(['abdominal-bracing', 'seated-rotation', 'seated-march']);
    expect(routine('neck-and-shoulders').forKinds).toEqual(['long']);
    expect(routine('neck-and-shoulders').exerciseIds).toEqual(expect.arrayContaining(['neck-flexion', 'neck-side-bend']));
    expect(routine('posture-reset').forKinds).toEqual(['micro']);
  });

  it('keeps floor exercises out', () => {
    for (const id of ['cobra', 'knee-to-chest', 'pelvic-tilt', 'bridge', 'cat-cow', 'bird-dog', 'dead-bug']) {
      expect(exerciseById(id)).toBeUndefined();
    }
  });
});

describe('dosages follow the articles', () => {
  it('has an explicit article rule for every exercise', () => {
    expect(Object.keys(ARTICLE_RULES).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it.each(Object.entries(ARTICLE_RULES))('%s', (id, { rule, check }) => {
    expect(check(exercise(id).dosage), `${id} should be ${rule}`).toBe(true);
  });

  it('spells out the fixed dosages exactly', () => {
    expect(exercise('abdominal-bracing').dosage).toMatchObject({ kind: 'hold', holds: 10, holdSeconds: 10 });
    expect(exercise('seated-march').dosage).toMatchObject({ kind: 'timed', sets: 3, workSeconds: 30 });
    expect(exercise('seated-knee-tuck').dosage).toMatchObject({ kind: 'reps', reps: 10, sets: 1 });
    expect(exercise('seated-rotation').dosage).toMatchObject({ kind: 'hold', holdSeconds: 10, sides: 2 });
    expect(exercise('seated-knee-hug').dosage).toMatchObject({ kind: 'hold', holds: 3, holdSeconds: 10, sides: 2 });
    expect(exercise('seated-pelvic-tilt').dosage).toMatchObject({ kind: 'hold', holdSeconds: 10 });
    expect(exercise('seated-cat-cow').dosage).toMatchObject({ kind: 'reps', reps: 10, sets: 1 });
    expect(exercise('standing-hip-flexor-stretch').dosage).toMatchObject({ kind: 'hold', holdSeconds: 30, sides: 2 });
  });

  it('does every two-sided stretch on both sides', () => {
    for (const id of TWO_SIDED) expect(exercise(id).dosage.sides, id).toBe(2);
  });

  it('marks the standing exercises as standing, and everything else as seated', () => {
    for (const e of EXERCISES) expect(e.posture, e.id).toBe(STANDING.includes(e.id) ? 'standing' : 'seated');
  });

  it('takes the source article from the listed files', () => {
    for (const e of EXERCISES) expect(e.source.note.length, e.id).toBeGreaterThan(0);
    expect(exercise('seated-rotation').source.article).toBe('001');
    expect(exercise('abdominal-bracing').source.article).toBe('000');
    for (const id of ['seated-pelvic-tilt', 'seated-cat-cow', 'seated-knee-hug']) expect(exercise(id).source.article, id).toBe('002');
    for (const id of ['seated-hamstring-stretch', 'standing-hip-flexor-stretch']) expect(exercise(id).source.article, id).toBe('003');
  });

  it('says which part of a floor exercise moved to the chair or the desk is Limber\'s own', () => {
    for (const id of ['seated-pelvic-tilt', 'seated-cat-cow', 'seated-knee-hug', 'seated-hamstring-stretch', 'standing-hip-flexor-stretch']) {
      expect(exercise(id).source.note, id).toMatch(/ours/);
    }
  });
});

describe('safety copy', () => {
  it('tells every exercise not to push into pain, or to squeeze without strain', () => {
    for (const e of EXERCISES) {
      expect(e.cautions.some((c) => /hurt|pain|strain|cramp/i.test(c)), e.id).toBe(true);
    }
  });

  it('warns against neck circles and jerky moves on the neck stretches', () => {
    for (const e of EXERCISES.filter((x) => x.areas.includes('neck'))) {
      expect(e.cautions.some((c) => /circle/i.test(c) && /jerky/i.test(c)), e.id).toBe(true);
    }
  });

  it('cues the breath on the seated rotation: turn a little further as you breathe out', () => {
    expect(exercise('seated-rotation').cues.some((c) => /breathe out/i.test(c) && /further/i.test(c))).toBe(true);
  });
});

/** A one-exercise routine, to time a single exercise the way the player runs it. */
const only = (id: string): Routine => ({ id: 'only', name: 'Only', forKinds: ['long'], exerciseIds: [id] });

describe('routineSeconds', () => {
  it('adds get-ready, work, rests between bouts and side switches', () => {
    // 5 get-ready + 10 x 10 s + 9 x 5 s rest
    expect(routineSeconds(routine('quick-brace'))).toBe(150);
    // 5 + 2 x (3 x 10 + 2 x 5) + 5 switch
    expect(routineSeconds(only('seated-rotation'))).toBe(90);
    // 5 + 3 x 30 + 2 x 5 rest
    expect(routineSeconds(only('seated-march'))).toBe(105);
    // 5 + 1 set x 10 reps x 3 s
    expect(routineSeconds(only('seated-knee-tuck'))).toBe(35);
  });

  it('throws on an unknown exercise', () => {
    expect(() => routineSeconds({ id: 'x', name: 'X', forKinds: ['long'], exerciseIds: ['cobra'] })).toThrow(/cobra/);
  });

  it('keeps the posture reset a micro-break: 20-60 s', () => {
    expect(routineSeconds(routine('posture-reset'))).toBeGreaterThanOrEqual(20);
    expect(routineSeconds(routine('posture-reset'))).toBeLessThanOrEqual(60);
  });

  const micro = ROUTINES.filter((r) => r.forKinds.includes('micro'));

  it('offers at least four micro routines, each 10-60 s long as the player runs it', () => {
    expect(micro.length).toBeGreaterThanOrEqual(4);
    for (const r of micro) expect(between(routineSeconds(r), 10, 60), `${r.id}: ${routineSeconds(r)} s`).toBe(true);
  });

  it('fits at least four micro routines into the default micro break without trimming', () => {
    const fitting = micro.filter((r) => routineSeconds(r) <= DEFAULT_SETTINGS.microBreak.durationSeconds);
    expect(fitting.length, fitting.map((r) => r.id).join(', ')).toBeGreaterThanOrEqual(4);
  });

  it('varies micro breaks taken in turn: no two micro routines share an exercise', () => {
    const ids = micro.flatMap((r) => r.exerciseIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fits every long routine into the default long break', () => {
    for (const r of ROUTINES.filter((x) => x.forKinds.includes('long'))) {
      expect(routineSeconds(r), r.id).toBeLessThanOrEqual(DEFAULT_SETTINGS.longBreak.durationMinutes * 60);
    }
  });

  it('lower-back-reset lands in 3-4 minutes by doing fewer holds, each as long as the articles say', () => {
    expect(between(routineSeconds(routine('lower-back-reset')), 180, 240)).toBe(true);
    const [brace, rotation, march] = routineExercises(routine('lower-back-reset'));
    expect(brace?.dosage).toMatchObject({ kind: 'hold', holds: 5, holdSeconds: 10 });
    expect(rotation?.dosage).toMatchObject({ kind: 'hold', holds: 2, holdSeconds: 10, sides: 2 });
    expect(march?.dosage).toMatchObject({ kind: 'timed', sets: 3, workSeconds: 30 });
  });

  it('never asks a routine for more repeats than the full dosage', () => {
    const full = (id: string) => {
      const d = exercise(id).dosage;
      return d.kind === 'hold' ? d.holds : d.kind === 'reps' ? d.reps : d.sets;
    };
    for (const r of ROUTINES) {
      for (const [id, n] of Object.entries(r.repeats ?? {})) expect(n, `${r.id} ${id}`).toBeLessThanOrEqual(full(id));
    }
    expect(routineSchema.safeParse({ ...routine('quick-brace'), repeats: { 'seated-march': 1 } }).success).toBe(false);
  });
});

const ARTICLE_DIRS = [
  process.env.LIMBER_ARTICLES_DIR,
  fileURLToPath(new URL('../../../../../shared/reference/articles', import.meta.url)),
  '/work/shared/reference/articles',
];
const articlesDir = ARTICLE_DIRS.find((dir): dir is string => dir !== undefined && existsSync(dir));

/** Lower case, apostrophes dropped (the articles often lose them), every other non-letter as one space. */
const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).map(normalize).filter((s) => s.length > 0);

const userSentences = () =>
  EXERCISES.flatMap((e) => [...new Set([...stepsFor(e, 'right'), ...stepsFor(e, 'left'), ...e.cues, ...e.cautions])]
    .flatMap((line) => sentencesOf(line).map((s) => ({ id: e.id, s }))));

describe('own wording', () => {
  it.skipIf(!articlesDir)(
    `no step, cue or caution sentence appears verbatim in a reference article${articlesDir ? '' : ' (SKIPPED: articles folder not found)'}`,
    () => {
      const dir = articlesDir ?? '';
      const articles = readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ name, text: ` ${normalize(readFileSync(join(dir, name), 'utf8'))} ` }));
      expect(articles.length).toBeGreaterThan(0);
      const copied = userSentences().flatMap(({ id, s }) =>
        articles.filter((a) => a.text.includes(s)).map((a) => `${id}: "${s}" is in ${a.name}`),
      );
      expect(copied).toEqual([]);
    },
  );

  it.skipIf(!articlesDir)(
    `no step, cue or caution shares a run of 6 words with a reference article${articlesDir ? '' : ' (SKIPPED: articles folder not found)'}`,
    () => {
      const RUN = 6;
      const dir = articlesDir ?? '';
      const runs = new Map<string, string>();
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const words = normalize(readFileSync(join(dir, name), 'utf8')).split(' ');
        for (let i = 0; i + RUN <= words.length; i++) runs.set(words.slice(i, i + RUN).join(' '), name);
      }
      const close = userSentences().flatMap(({ id, s }) => {
        const words = s.split(' ');
        const hits: string[] = [];
        for (let i = 0; i + RUN <= words.length; i++) {
          const run = words.slice(i, i + RUN).join(' ');
          const name = runs.get(run);
          if (name) hits.push(`${id}: "${run}" is in ${name}`);
        }
        return hits;
      });
      expect(close).toEqual([]);
    },
  );
});
