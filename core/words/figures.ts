/**
 * What each exercise's illustration shows, read out in its place. A two-sided move writes `{side}` and `{other}`, as
 * its steps do, and is read for the side being done.
 */
export const figuresWords = {
  /** A calm person, for the user's own exercises and any exercise without a drawing of its own. */
  plain: {
    seated: 'Person sitting tall on a chair with the hands resting on the thighs',
    standing: 'Person standing tall beside a desk with the arms relaxed',
  },
  byExercise: {
    'abdominal-bracing': 'Person sitting tall with both hands resting just below the belly button, drawing the belly in toward the spine',
    'posture-reset-brace': 'Person sitting tall with the hips at the back of the seat, shoulders relaxed down and the belly gently drawn in',
    'seated-march': 'Person sitting tall with the feet flat, lifting one foot a little off the floor with the knee bent, then the other',
    'seated-rotation': 'Person seated on the front of the chair, crossing the {side} knee over the {other}, with the {other} elbow outside the {side} knee, turning the chest to the {side}',
    'seated-knee-tuck': 'Person on the front edge of the seat holding its sides, leaning back slightly and drawing both knees in toward the chest',
    'seated-forward-curl': 'Person seated with the feet apart, rolling the back down slowly with the chin tucked and the hands sliding toward the shins',
    'neck-flexion': 'Person sitting tall, tipping the head forward so the chin nods down toward the chest',
    'neck-side-bend': 'Person sitting tall with the shoulders down, tipping the head sideways so the {side} ear moves toward the {side} shoulder',
    'levator-scapula': 'Person standing beside a wall with the {side} elbow raised against it, turning the head to the {other} and nodding the nose toward the {other} pocket',
    'muscle-relaxation': 'Person sitting comfortably with the eyes closed, squeezing then relaxing the hands, shoulders, face, belly, thighs and feet in turn',
    'standing-backbend': 'Person standing with the feet hip-width apart and the hands on the back of the pelvis, leaning back gently with straight legs',
    'standing-hip-shift': 'Person standing at a desk with both hands on it, feet wide and knees soft, sliding the hips to the {side} while the shoulders stay level',
    'seated-pelvic-tilt': 'Person sitting tall with the hands on the lower belly, rocking the pelvis back so the lower back eases toward the backrest',
    'seated-cat-cow': 'Person on the front of the seat with the hands on the knees, rounding the back with the chin in, then arching it with the chest lifted',
    'seated-knee-hug': 'Person sitting tall, hugging the {side} knee in toward the chest with both hands around the shin, the {other} foot flat',
    'seated-hamstring-stretch': 'Person on the front edge of the seat with the {side} leg stretched out, heel on the floor and toes up, leaning forward from the hips with a long back',
    'standing-hip-flexor-stretch': 'Person standing beside a desk with one hand on it, the {side} foot a long step back with the heel up, easing the hips forward',
  },
} as const;

export type FiguresWords = typeof figuresWords;
