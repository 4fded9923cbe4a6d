import { buildTimeline, totalSeconds } from '../player/timeline';
import type { Dosage, Exercise, Routine } from './types';

/**
 * Limber's exercise library: chair-based moves for a desk break, plus two standing desk-side options.
 * Facts and numbers come from the reference articles (shared/reference/articles, digest in exercises.md);
 * every sentence shown to the user is Limber's own wording. Floor exercises are left out on purpose.
 */

// Shared cautions (general rules of 004 and the red flags of 000 and 002).
const NEVER_INTO_PAIN = 'A mild pull is all you need; ease off the moment anything hurts.';
const NO_BOUNCING = 'Move slowly and smoothly, with no bouncing.';
const SEE_A_DOCTOR = 'Stop and check with a doctor if pain travels into your legs, or you notice numbness or swelling.';
const NECK_SAFETY = 'Skip neck circles and fast, jerky head movements; slow and small is safer for your neck.';
const STEADY_SUPPORT = 'Lean only on something steady, like your desk, never on a chair with wheels.';

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'abdominal-bracing',
    name: 'Abdominal bracing',
    posture: 'seated',
    areas: ['core', 'lower-back'],
    steps: [
      'Sit up tall and rest both hands just under your belly button.',
      'Slowly draw your belly button back toward your spine until your tummy feels firm.',
      'Keep that gentle squeeze going for the count.',
      'Let your belly soften during the short pause, then brace once more.',
    ],
    dosage: { kind: 'hold', holds: 10, holdSeconds: 10, restSeconds: 5, sides: 1 },
    cues: [
      'Stay tall, with your chest lifted the whole time.',
      'Keep breathing quietly while your belly stays firm.',
      'Only your belly moves; your back and shoulders stay still.',
    ],
    cautions: [NEVER_INTO_PAIN, SEE_A_DOCTOR],
    source: { article: '000', note: '10 holds of 10 s, from 000; the 5 s pause is ours (000 just says relax).' },
  },
  {
    id: 'posture-reset-brace',
    name: 'Posture reset with one brace',
    posture: 'seated',
    areas: ['core', 'lower-back'],
    steps: [
      'Scoot your hips to the back of your seat and sit up tall.',
      'Let your shoulders drop away from your ears.',
      'Draw your belly button gently inward and keep it there for the count.',
      'Let go, and carry that tall posture back into your work.',
    ],
    dosage: { kind: 'hold', holds: 1, holdSeconds: 20, restSeconds: 0, sides: 1 },
    cues: [
      'Keep breathing while your belly stays firm.',
      'If your chair gives your lower back no support, a rolled-up jacket tucked there helps you sit tall.',
    ],
    cautions: [NEVER_INTO_PAIN],
    source: { article: '000', note: 'One 20 s brace for a micro break: the bracing of 000 (10 s holds), held once a little longer.' },
  },
  {
    id: 'seated-march',
    name: 'Seated march',
    posture: 'seated',
    areas: ['core', 'hips'],
    steps: [
      'Sit tall with both feet flat and your belly lightly braced.',
      'Raise one foot a little way off the floor, knee still bent.',
      'Set it down softly, then raise the other foot.',
      'Keep swapping feet at an easy pace until the timer ends.',
    ],
    dosage: { kind: 'timed', sets: 3, workSeconds: 30, restSeconds: 5, sides: 1 },
    cues: [
      'Keep the brace light enough that breathing stays easy.',
      'Stay upright rather than leaning back into the chair.',
      'Small lifts are plenty.',
    ],
    cautions: [NEVER_INTO_PAIN, SEE_A_DOCTOR],
    source: { article: '000', note: '3 bouts of 30 s, from 000; the 5 s rest between bouts is ours.' },
  },
  {
    id: 'seated-rotation',
    name: 'Seated rotation',
    posture: 'seated',
    areas: ['lower-back'],
    steps: [
      'Move to the front edge of your seat so the backrest is out of the way.',
      'Sit with your legs crossed, the {side} knee on top.',
      'Hook your opposite elbow just outside that knee for support.',
      'Turn your chest slowly to the {side} and stay there for the count.',
      'Come back to the middle slowly and rest before the next turn.',
    ],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 10, restSeconds: 5, sides: 2 },
    // 000 and 001 both cross the right leg over and turn right first.
    firstSide: 'right',
    cues: [
      'Grow tall first, then turn.',
      'Use your breath: each time you breathe out, let the turn go a touch further.',
      'Keep both hips resting evenly on the seat.',
    ],
    cautions: [
      NEVER_INTO_PAIN,
      NO_BOUNCING,
      'If your chair swivels or rolls, hold it steady or use a fixed chair.',
    ],
    source: {
      article: '001',
      note: 'Holds of 10 s each side, from 001; 3 per side add up to about a minute, as 000 suggests.',
    },
  },
  {
    id: 'seated-knee-tuck',
    name: 'Seated knee tuck',
    posture: 'seated',
    areas: ['core'],
    steps: [
      'Scoot forward to the edge of your seat and hold on to its sides.',
      'Tip your upper body back slightly, chest still proud.',
      'Straighten your legs forward and firm up your tummy.',
      'Draw both knees in toward your chest, then push them back out.',
    ],
    dosage: { kind: 'reps', reps: 10, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 },
    cues: [
      'Move slowly and with control.',
      'Breathe out as your knees come in.',
      'Keep your chest proud rather than slumping.',
    ],
    cautions: [
      'Skip this one if your chair rolls or tips easily.',
      'Stop if your lower back complains; this should feel like work, not pain.',
      SEE_A_DOCTOR,
    ],
    source: { article: '001', note: '10 reps, from 001; about 3 s per rep is ours.' },
  },
  {
    id: 'seated-forward-curl',
    name: 'Seated forward curl',
    posture: 'seated',
    areas: ['lower-back'],
    steps: [
      'Plant both feet on the floor, a little apart, and sit near the front of the seat.',
      'Let your chin drop, then roll down slowly, one part of your back at a time.',
      'Let your hands slide down toward your shins and stop where you feel a mild stretch.',
      'Roll back up slowly, with your head coming up last.',
    ],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 20, restSeconds: 5, sides: 1 },
    cues: [
      'Breathe slowly and let your back soften.',
      'Go only as low as feels easy.',
    ],
    cautions: [
      NEVER_INTO_PAIN,
      NO_BOUNCING,
      'Skip this one if bending forward brings on your back pain.',
      'Come up slowly if you feel light-headed.',
    ],
    source: { article: '004', note: 'No dosage in 001 (its text is cut off); general rule of 004: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'neck-flexion',
    name: 'Neck flexion',
    posture: 'seated',
    areas: ['neck'],
    steps: [
      'Sit tall and let your shoulders relax.',
      'Let your head tip forward slowly, nodding your chin down.',
      'Stop when the back of your neck feels a light pull, and rest there.',
      'Lift your head back up slowly.',
    ],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 20, restSeconds: 5, sides: 1 },
    cues: [
      'Let the weight of your head do the work.',
      'Breathe slowly and keep your jaw soft.',
    ],
    cautions: [NECK_SAFETY, NEVER_INTO_PAIN],
    source: { article: '004', note: '004 says hold until you feel a stretch; its general rule: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'neck-side-bend',
    name: 'Neck side bend',
    posture: 'seated',
    areas: ['neck', 'shoulders'],
    steps: [
      'Sit tall and let both shoulders sink down and slightly back.',
      'Tip your head sideways, your {side} ear heading for your {side} shoulder.',
      'Stop at a light stretch along the opposite side of your neck and rest there.',
      'Bring your head slowly back to the middle.',
    ],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    cues: [
      'Your ear travels down; your shoulder stays where it is.',
      'Keep your face pointing forward.',
    ],
    cautions: [NECK_SAFETY, NEVER_INTO_PAIN],
    source: { article: '004', note: '004 says hold; its general rule: hold 20-30 s, 2-5 times, one side at a time.' },
  },
  {
    id: 'levator-scapula',
    name: 'Levator scapula stretch',
    posture: 'standing',
    areas: ['neck', 'shoulders'],
    steps: [
      'Stand with your {side} side next to a wall or a door frame.',
      'Raise your {side} arm and lean the elbow on it, just above shoulder height.',
      'Turn your head the other way, away from the raised arm.',
      'Nod gently, aiming your nose at the pocket on the side you face, until the back of your neck feels a pull.',
      'Come out of it slowly and lower your arm.',
    ],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    cues: [
      'If you like, rest your free hand on your head for a little extra pull.',
      'Breathe out and let the raised shoulder soften.',
    ],
    cautions: [NECK_SAFETY, NEVER_INTO_PAIN, 'Any help from your hand should be feather-light.'],
    source: {
      article: '004',
      note: 'Standing: 004 needs a wall or door frame, with no seated version; general rule of 004: hold 20-30 s, 2-5 times.',
    },
  },
  {
    id: 'muscle-relaxation',
    name: 'Progressive muscle relaxation',
    posture: 'seated',
    areas: ['whole-body'],
    steps: [
      'Sit comfortably, and close your eyes if that feels good.',
      'Squeeze one area of muscles firmly, but without straining, for the count.',
      'Then let it go all at once and notice the muscles soften.',
      'Go through six areas in turn: hands, shoulders, face, belly, thighs, then feet.',
    ],
    dosage: { kind: 'hold', holds: 6, holdSeconds: 5, restSeconds: 15, sides: 1 },
    cues: [
      'Breathe in as you squeeze, and breathe out as you let go.',
      'Use each pause to simply notice the release.',
    ],
    cautions: [
      'Squeeze only to a firm hold, never to a cramp.',
      'Leave out any area that is sore or injured, and stop if a squeeze brings on pain.',
    ],
    source: { article: '003', note: 'No dosage in 003; our choice: 6 areas, squeeze 5 s, let go 15 s.' },
  },
  {
    id: 'standing-backbend',
    name: 'Standing backbend',
    posture: 'standing',
    areas: ['lower-back'],
    steps: [
      'Stand up and set your feet roughly as wide as your hips.',
      'Cup your hands over the back of your pelvis, fingers pointing down.',
      'Lean back slowly, letting your hands support you, while your legs stay straight.',
      'Go only as far as it still feels comfortable, stay there, then come back upright.',
    ],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 1 },
    cues: [
      'A small bend is plenty.',
      'Keep your chin level so your neck stays relaxed.',
      'Breathe evenly the whole time.',
    ],
    cautions: [
      NEVER_INTO_PAIN,
      'Come out of it right away if you feel tingling or pain in your legs.',
      'Stand close to your desk in case you need to steady yourself.',
    ],
    source: { article: '004', note: 'No dosage in 001; general rule of 004: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'standing-hip-shift',
    name: 'Standing hip shift',
    posture: 'standing',
    areas: ['hips', 'lower-back'],
    steps: [
      'Stand facing your desk and rest both hands on it for support.',
      'Set your feet a bit wider than your hips and keep your knees soft.',
      'Slide your hips slowly to the {side}, keeping your shoulders level, and stay there.',
      'Come back to the middle and let your weight settle on both feet.',
    ],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    cues: [
      'Your hips move sideways only, not forward or back.',
      'Keep your upper body quiet and your breathing even.',
      'Use the desk for balance as much as you need.',
    ],
    cautions: [NEVER_INTO_PAIN, STEADY_SUPPORT],
    source: { article: '004', note: 'No dosage in 000 (which only asks for upright support); general rule of 004: hold 20-30 s, 2-5 times.' },
  },
];

export const ROUTINES: readonly Routine[] = [
  { id: 'quick-brace', name: 'Quick brace', forKinds: ['long'], exerciseIds: ['abdominal-bracing'] },
  {
    id: 'lower-back-reset',
    name: 'Lower-back reset',
    forKinds: ['long'],
    exerciseIds: ['abdominal-bracing', 'seated-rotation', 'seated-march'],
    // Five braces and two rotation holds a side, each as long as the articles say, fit the routine into four minutes.
    repeats: { 'abdominal-bracing': 5, 'seated-rotation': 2 },
  },
  {
    id: 'neck-and-shoulders',
    name: 'Neck and shoulders',
    forKinds: ['long'],
    exerciseIds: ['neck-flexion', 'neck-side-bend', 'levator-scapula'],
  },
  { id: 'posture-reset', name: 'Posture reset', forKinds: ['micro'], exerciseIds: ['posture-reset-brace'] },
  {
    id: 'stand-and-stretch',
    name: 'Stand and stretch',
    forKinds: ['long'],
    exerciseIds: ['standing-hip-shift', 'standing-backbend'],
  },
  { id: 'unwind', name: 'Unwind', forKinds: ['long'], exerciseIds: ['seated-forward-curl', 'muscle-relaxation'] },
];

const exerciseIndex = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
const routineIndex = new Map(ROUTINES.map((routine) => [routine.id, routine]));

export const exerciseById = (id: string): Exercise | undefined => exerciseIndex.get(id);
export const routineById = (id: string): Routine | undefined => routineIndex.get(id);

/** The routine's exercises, each with the repeats the routine asks for. Throws on an id the library lacks. */
export function routineExercises(routine: Routine): Exercise[] {
  return routine.exerciseIds.map((id) => {
    const exercise = exerciseById(id);
    if (!exercise) throw new Error(`routine ${routine.id} names an unknown exercise: ${id}`);
    const n = routine.repeats?.[id];
    if (n === undefined) return exercise;
    const d = exercise.dosage;
    const dosage: Dosage = d.kind === 'hold' ? { ...d, holds: n } : d.kind === 'reps' ? { ...d, reps: n } : { ...d, sets: n };
    return { ...exercise, dosage };
  });
}

/** Seconds for a whole routine, exactly as the player will run it. */
export const routineSeconds = (routine: Routine): number => totalSeconds(buildTimeline(routineExercises(routine)));
