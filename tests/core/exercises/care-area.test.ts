import { describe, expect, it } from 'vitest';
import { exerciseCareArea, routineCareArea } from '../../../core/exercises/care-area';
import { EXERCISES, exerciseById, routineById, routineExercises } from '../../../core/exercises/library';
import type { Exercise } from '../../../core/exercises/types';

const exercise = (id: string): Exercise => {
  const found = exerciseById(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};
const routineArea = (id: string) => {
  const routine = routineById(id);
  if (!routine) throw new Error(`no routine ${id}`);
  return routineCareArea(routineExercises(routine));
};

describe('care areas', () => {
  it('gives each exercise the area it mostly works', () => {
    expect(Object.fromEntries(EXERCISES.map((e) => [e.id, exerciseCareArea(e)]))).toEqual({
      'abdominal-bracing': 'back',
      'posture-reset-brace': 'back',
      'seated-march': 'back',
      'seated-rotation': 'back',
      'seated-knee-tuck': 'back',
      'seated-forward-curl': 'back',
      'neck-flexion': 'neck',
      'neck-side-bend': 'neck',
      'levator-scapula': 'neck',
      'muscle-relaxation': 'back',
      'standing-backbend': 'back',
      'standing-hip-shift': 'hips',
      'seated-pelvic-tilt': 'back',
      'seated-cat-cow': 'back',
      'seated-knee-hug': 'back',
      'seated-hamstring-stretch': 'hips',
      'standing-hip-flexor-stretch': 'hips',
    });
  });

  it('gives a routine the area most of its exercises work', () => {
    expect(routineArea('lower-back-reset')).toBe('back');
    expect(routineArea('neck-and-shoulders')).toBe('neck');
    expect(routineArea('stand-and-stretch')).toBe('back');
    expect(routineArea('posture-reset')).toBe('back');
    expect(routineArea('hips-and-legs')).toBe('hips');
    expect(routineArea('loosen-up')).toBe('back');
  });

  it('counts areas, so shoulders win a routine made mostly of shoulder work', () => {
    const shoulders = { ...exercise('neck-flexion'), areas: ['shoulders' as const] };
    expect(routineCareArea([exercise('neck-flexion'), shoulders, shoulders])).toBe('shoulders');
    expect(routineCareArea([exercise('standing-hip-shift')])).toBe('hips');
  });
});
