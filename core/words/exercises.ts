/** What the user reads of one exercise: two-sided exercises write `{side}` (and `{other}`) for the side being done. */
export interface ExerciseWords {
  name: string;
  steps: readonly string[];
  /** Short reminders shown during the exercise (breathing, form). */
  cues: readonly string[];
  cautions: readonly string[];
}

// Cautions several exercises share (general rules of article 004 and the red flags of 000 and 002).
const NEVER_INTO_PAIN = 'A mild pull is all you need; ease off the moment anything hurts.';
const NO_BOUNCING = 'Move slowly and smoothly, with no bouncing.';
const SEE_A_DOCTOR = 'Stop and check with a doctor if pain travels into your legs, or you notice numbness or swelling.';
const NECK_SAFETY = 'Skip neck circles and fast, jerky head movements; slow and small is safer for your neck.';
const STEADY_SUPPORT = 'Lean only on something steady, like your desk, never on a chair with wheels.';

/**
 * The exercises' and routines' words, by id; the library (core/exercises/library.ts) joins them with the doses.
 * Facts come from the reference articles; every sentence is Limber's own wording.
 */
export const exercisesWords = {
  exercises: {
    'abdominal-bracing': {
      name: 'Abdominal bracing',
      steps: [
        'Sit up tall and rest both hands just under your belly button.',
        'Slowly draw your belly button back toward your spine until your tummy feels firm.',
        'Keep that gentle squeeze going for the count.',
        'Let your belly soften during the short pause, then brace once more.',
      ],
      cues: [
        'Stay tall, with your chest lifted the whole time.',
        'Keep breathing quietly while your belly stays firm.',
        'Only your belly moves; your back and shoulders stay still.',
      ],
      cautions: [NEVER_INTO_PAIN, SEE_A_DOCTOR],
    },
    'posture-reset-brace': {
      name: 'Posture reset with one brace',
      steps: [
        'Scoot your hips to the back of your seat and sit up tall.',
        'Let your shoulders drop away from your ears.',
        'Draw your belly button gently inward and keep it there for the count.',
        'Let go, and carry that tall posture back into your work.',
      ],
      cues: [
        'Keep breathing while your belly stays firm.',
        'If your chair gives your lower back no support, a rolled-up jacket tucked there helps you sit tall.',
      ],
      cautions: [NEVER_INTO_PAIN],
    },
    'seated-march': {
      name: 'Seated march',
      steps: [
        'Sit tall with both feet flat and your belly lightly braced.',
        'Raise one foot a little way off the floor, knee still bent.',
        'Set it down softly, then raise the other foot.',
        'Keep swapping feet at an easy pace until the timer ends.',
      ],
      cues: [
        'Keep the brace light enough that breathing stays easy.',
        'Stay upright rather than leaning back into the chair.',
        'Small lifts are plenty.',
      ],
      cautions: [NEVER_INTO_PAIN, SEE_A_DOCTOR],
    },
    'seated-rotation': {
      name: 'Seated rotation',
      steps: [
        'Move to the front edge of your seat so the backrest is out of the way.',
        'Sit with your legs crossed, the {side} knee on top.',
        'Hook your opposite elbow just outside that knee for support.',
        'Turn your chest slowly to the {side} and stay there for the count.',
        'Come back to the middle slowly and rest before the next turn.',
      ],
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
    },
    'seated-knee-tuck': {
      name: 'Seated knee tuck',
      steps: [
        'Scoot forward to the edge of your seat and hold on to its sides.',
        'Tip your upper body back slightly, chest still proud.',
        'Straighten your legs forward and firm up your tummy.',
        'Draw both knees in toward your chest, then push them back out.',
      ],
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
    },
    'seated-forward-curl': {
      name: 'Seated forward curl',
      steps: [
        'Plant both feet on the floor, a little apart, and sit near the front of the seat.',
        'Let your chin drop, then roll down slowly, one part of your back at a time.',
        'Let your hands slide down toward your shins and stop where you feel a mild stretch.',
        'Roll back up slowly, with your head coming up last.',
      ],
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
    },
    'neck-flexion': {
      name: 'Neck flexion',
      steps: [
        'Sit tall and let your shoulders relax.',
        'Let your head tip forward slowly, nodding your chin down.',
        'Stop when the back of your neck feels a light pull, and rest there.',
        'Lift your head back up slowly.',
      ],
      cues: [
        'Let the weight of your head do the work.',
        'Breathe slowly and keep your jaw soft.',
      ],
      cautions: [NECK_SAFETY, NEVER_INTO_PAIN],
    },
    'neck-side-bend': {
      name: 'Neck side bend',
      steps: [
        'Sit tall and let both shoulders sink down and slightly back.',
        'Tip your head sideways, your {side} ear heading for your {side} shoulder.',
        'Stop at a light stretch along the opposite side of your neck and rest there.',
        'Bring your head slowly back to the middle.',
      ],
      cues: [
        'Your ear travels down; your shoulder stays where it is.',
        'Keep your face pointing forward.',
      ],
      cautions: [NECK_SAFETY, NEVER_INTO_PAIN],
    },
    'levator-scapula': {
      name: 'Levator scapula stretch',
      steps: [
        'Stand with your {side} side next to a wall or a door frame.',
        'Raise your {side} arm and lean the elbow on it, just above shoulder height.',
        'Turn your head the other way, away from the raised arm.',
        'Nod gently, aiming your nose at the pocket on the side you face, until the back of your neck feels a pull.',
        'Come out of it slowly and lower your arm.',
      ],
      cues: [
        'If you like, rest your free hand on your head for a little extra pull.',
        'Breathe out and let the raised shoulder soften.',
      ],
      cautions: [NECK_SAFETY, NEVER_INTO_PAIN, 'Any help from your hand should be feather-light.'],
    },
    'muscle-relaxation': {
      name: 'Progressive muscle relaxation',
      steps: [
        'Sit comfortably, and close your eyes if that feels good.',
        'Squeeze one area of muscles firmly, but without straining, for the count.',
        'Then let it go all at once and notice the muscles soften.',
        'Go through six areas in turn: hands, shoulders, face, belly, thighs, then feet.',
      ],
      cues: [
        'Breathe in as you squeeze, and breathe out as you let go.',
        'Use each pause to simply notice the release.',
      ],
      cautions: [
        'Squeeze only to a firm hold, never to a cramp.',
        'Leave out any area that is sore or injured, and stop if a squeeze brings on pain.',
      ],
    },
    'standing-backbend': {
      name: 'Standing backbend',
      steps: [
        'Stand up and set your feet roughly as wide as your hips.',
        'Cup your hands over the back of your pelvis, fingers pointing down.',
        'Lean back slowly, letting your hands support you, while your legs stay straight.',
        'Go only as far as it still feels comfortable, stay there, then come back upright.',
      ],
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
    },
    'standing-hip-shift': {
      name: 'Standing hip shift',
      steps: [
        'Stand facing your desk and rest both hands on it for support.',
        'Set your feet a bit wider than your hips and keep your knees soft.',
        'Slide your hips slowly to the {side}, keeping your shoulders level, and stay there.',
        'Come back to the middle and let your weight settle on both feet.',
      ],
      cues: [
        'Your hips move sideways only, not forward or back.',
        'Keep your upper body quiet and your breathing even.',
        'Use the desk for balance as much as you need.',
      ],
      cautions: [NEVER_INTO_PAIN, STEADY_SUPPORT],
    },
    'seated-pelvic-tilt': {
      name: 'Seated pelvic tilt',
      steps: [
        'Sit tall, your hips right at the back of the seat and both feet flat.',
        'Firm up your lower tummy and rock your pelvis gently backward, so the small of your back eases toward the backrest.',
        'Keep it there for the count.',
        'Rock forward again to sitting tall, with the small natural hollow back in your lower back.',
      ],
      cues: [
        'Only your pelvis rocks; your shoulders stay put.',
        'Keep breathing quietly through each count.',
        'A small tilt is enough.',
      ],
      cautions: [NEVER_INTO_PAIN, SEE_A_DOCTOR],
    },
    'seated-cat-cow': {
      name: 'Seated cat-cow',
      steps: [
        'Sit toward the front of your seat, feet flat, hands resting on your knees.',
        'Lift your chest forward and up, letting your lower back hollow a little and your shoulders open.',
        'Then curve the other way: chin in, belly drawn back, upper back rounding behind you.',
        'Flow slowly from one shape to the other and back for each count.',
      ],
      cues: [
        'Let your breath set the pace, slow and smooth.',
        'Stay in the easy middle of the range; there is no need to reach the ends.',
        'Your head simply follows your back.',
      ],
      cautions: [NEVER_INTO_PAIN, NO_BOUNCING],
    },
    'seated-knee-hug': {
      name: 'Seated knee hug',
      steps: [
        'Sit tall toward the front of your seat with both feet flat.',
        'Lift your {side} knee and lace your hands around the shin, just below it.',
        'Draw that knee softly in toward your chest until your hip and lower back feel a gentle stretch, and rest there.',
        'Set the foot back down slowly.',
      ],
      cues: [
        'Bring the knee to you rather than slumping down to meet it.',
        'Let your shoulders stay low and loose.',
        'Breathe out as the knee comes closer.',
      ],
      cautions: [
        NEVER_INTO_PAIN,
        'Keep your other foot planted firmly, and skip this one on a chair that rolls or tips.',
      ],
    },
    'seated-hamstring-stretch': {
      name: 'Seated hamstring stretch',
      steps: [
        'Sit near the front edge of your seat with both feet flat.',
        'Slide your {side} foot forward until that leg is nearly straight, the heel resting on the floor.',
        'Keeping your back long, tip forward from the hips, hands on your {side} thigh, until the back of that thigh feels a gentle pull.',
        'Stay there for the count, then sit up slowly and draw the foot back in.',
      ],
      cues: [
        'Lead with your chest instead of rounding your back.',
        'A soft bend in the knee is fine, especially when you are new to this.',
        'For a bit of calf stretch as well, point your toes up toward you.',
      ],
      cautions: [
        NEVER_INTO_PAIN,
        NO_BOUNCING,
        SEE_A_DOCTOR,
        'Use a chair that stays put; one on wheels can slide away as you lean.',
      ],
    },
    'standing-hip-flexor-stretch': {
      name: 'Standing hip flexor stretch',
      steps: [
        'Stand side-on to your desk with one hand resting on it.',
        'Step your {side} foot a long stride back, its heel lifted, toes pointing forward.',
        'Bend your front knee a little and tuck your tailbone under, so your hips face straight ahead.',
        'Ease your hips forward until the front of your {side} hip feels a gentle stretch, and hold it there.',
        'Step your feet together again and stand tall.',
      ],
      cues: [
        'Your chest stays upright; only the hips travel forward.',
        'Keep the front knee over the ankle.',
        'Breathe slowly and evenly.',
      ],
      cautions: [NEVER_INTO_PAIN, NO_BOUNCING, STEADY_SUPPORT],
    },
  },
  routines: {
    'quick-brace': 'Quick brace',
    'lower-back-reset': 'Lower-back reset',
    'neck-and-shoulders': 'Neck and shoulders',
    'posture-reset': 'Posture reset',
    'stand-and-stretch': 'Stand and stretch',
    unwind: 'Unwind',
    'neck-release': 'Neck release',
    'knee-hug': 'Knee hug',
    'spine-wave': 'Spine wave',
    'pelvic-tilts': 'Pelvic tilts',
    'ear-to-shoulder': 'Ear to shoulder',
    'hips-and-legs': 'Hips and legs',
    'loosen-up': 'Loosen up',
  },
  /** The words `{side}` and `{other}` stand for in a two-sided exercise's steps. */
  sides: { right: 'right', left: 'left' },
} as const satisfies { exercises: Record<string, ExerciseWords>; routines: Record<string, string>; sides: Record<string, string> };

export type ExercisesWords = typeof exercisesWords;
export type ExerciseId = keyof ExercisesWords['exercises'];
export type RoutineId = keyof ExercisesWords['routines'];
