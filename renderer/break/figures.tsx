import type { JSX, ReactNode } from 'react';
import type { Side } from '../../core/exercises/sides';
import type { Exercise, Posture } from '../../core/exercises/types';
import { figuresWords } from '../../core/words/figures';
import {
  Arrow, FarDesk, Floor, FrontChair, Ghost, Glow, Person, SEATED_FRONT, SEATED_SIDE, SIDE_LIMBS, SIZE, STANDING_FRONT,
  STANDING_SIDE, SideChair, SideDesk, Wall, slide, type Pose,
} from './figure-kit';

/**
 * Hand-drawn exercise illustrations: one small inline SVG per exercise of the library, drawn with figure-kit.tsx.
 * Every figure is a pose (head, torso, four limbs) plus furniture and an accent on the working part.
 */

interface Figure {
  readonly Setting: () => JSX.Element;
  readonly pose: Pose;
  /** Accents drawn behind the person (glows, the other end of a movement) and over it (arrows). */
  readonly under?: ReactNode;
  readonly over?: ReactNode;
}

type FigureId = keyof typeof figuresWords.byExercise;

/** Every exercise described in the words has a figure, and only those. */
const FIGURES: Readonly<Record<FigureId, Figure>> = {
  'abdominal-bracing': {
    Setting: SideChair,
    pose: {
      ...SEATED_SIDE,
      back: [[[74, 66], [82, 88], [90, 98]], SIDE_LIMBS.leftLeg],
      fore: [SIDE_LIMBS.rightLeg, [[78, 66], [86, 88], [94, 98]]],
    },
    under: <Glow at={[86, 95]} rx={16} ry={14} />,
    over: <Arrow from={[132, 92]} to={[108, 92]} />,
  },
  'posture-reset-brace': {
    Setting: SideChair,
    pose: slide(SEATED_SIDE, -6),
    under: <Glow at={[74, 94]} rx={16} ry={14} />,
    over: <Arrow from={[100, 44]} to={[100, 14]} />,
  },
  'seated-march': {
    Setting: SideChair,
    pose: { ...SEATED_SIDE, fore: [[[74, 108], [120, 96], [128, 150], [142, 150]], SIDE_LIMBS.rightArm] },
    under: <Glow at={[126, 124]} rx={14} ry={36} />,
    over: <Arrow from={[160, 164]} to={[160, 132]} />,
  },
  'seated-rotation': {
    Setting: SideChair,
    pose: {
      // Legs in profile (the right side faces us), chest turned toward us.
      head: [96, 38],
      neck: [96, 64],
      hip: [96, 104],
      front: true,
      back: [
        [[82, 66], [72, 90], [66, 114]],
        [[96, 110], [134, 112], [136, 168], [150, 170]],
      ],
      fore: [
        [[110, 66], [130, 94], [144, 106]],
        [[96, 106], [140, 100], [146, 146], [156, 148]],
      ],
    },
    under: <Glow at={[96, 76]} rx={28} ry={18} />,
    over: <Arrow from={[126, 60]} via={[104, 94]} to={[72, 68]} />,
  },
  'seated-knee-tuck': {
    Setting: SideChair,
    pose: {
      head: [78, 42],
      face: [1, 0.05],
      neck: [82, 66],
      hip: [94, 110],
      back: [
        [[80, 70], [82, 94], [100, 116]],
        [[92, 110], [118, 86], [134, 114], [144, 112]],
      ],
      fore: [
        [[96, 110], [122, 88], [138, 116], [148, 114]],
        [[84, 70], [86, 96], [104, 118]],
      ],
    },
    under: <Ghost path={[[96, 110], [144, 112], [178, 116]]} />,
    over: <Arrow from={[172, 100]} via={[162, 78]} to={[136, 74]} />,
  },
  'seated-forward-curl': {
    Setting: SideChair,
    pose: {
      head: [132, 98],
      face: [0.3, 1],
      neck: [118, 80],
      hip: [86, 108],
      bend: [84, 60],
      back: [
        [[114, 84], [122, 112], [128, 140]],
        [[84, 108], [128, 112], [130, 168], [144, 170]],
      ],
      fore: [
        [[88, 108], [132, 112], [136, 168], [150, 170]],
        [[118, 84], [126, 114], [134, 142]],
      ],
    },
    under: <Glow at={[86, 80]} rx={15} ry={20} />,
    over: <Arrow from={[80, 42]} via={[128, 30]} to={[152, 68]} />,
  },
  'neck-flexion': {
    Setting: SideChair,
    pose: { ...SEATED_SIDE, head: [88, 48], face: [0.55, 0.85] },
    under: <Glow at={[76, 54]} rx={12} ry={14} />,
    over: <Arrow from={[74, 22]} via={[100, 16]} to={[112, 38]} />,
  },
  'neck-side-bend': {
    Setting: FrontChair,
    pose: { ...SEATED_FRONT, head: [84, 50] },
    under: <Glow at={[104, 56]} rx={12} ry={16} />,
    over: <Arrow from={[98, 18]} via={[66, 16]} to={[58, 44]} />,
  },
  'levator-scapula': {
    Setting: Wall,
    pose: {
      ...STANDING_FRONT,
      head: [106, 44],
      face: [0.7, 0.7],
      back: [[[86, 64], [60, 50], [62, 24]], ...STANDING_FRONT.back.slice(1)],
    },
    under: <Glow at={[92, 56]} rx={12} ry={14} />,
    over: <Arrow from={[128, 38]} via={[142, 66]} to={[124, 104]} />,
  },
  'muscle-relaxation': {
    Setting: FrontChair,
    pose: SEATED_FRONT,
    under: ([[88, 116, 13], [112, 116, 13], [84, 66, 13], [116, 66, 13], [100, 38, 20], [100, 92, 18], [88, 130, 13], [112, 130, 13], [82, 172, 12], [118, 172, 12]] as const)
      .map(([x, y, r]) => <Glow key={`${x},${y}`} at={[x, y]} rx={r} />),
  },
  'standing-backbend': {
    Setting: SideDesk,
    pose: {
      head: [76, 40],
      face: [1, 0],
      neck: [82, 64],
      hip: [96, 112],
      bend: [98, 82],
      back: [
        [[80, 68], [72, 92], [86, 108]],
        [[94, 112], [92, 146], [90, 176], [102, 176]],
      ],
      fore: [
        [[98, 112], [98, 146], [98, 176], [110, 176]],
        [[84, 68], [74, 94], [90, 110]],
      ],
    },
    under: <Glow at={[90, 100]} rx={14} ry={16} />,
    over: <Arrow from={[96, 22]} via={[70, 12]} to={[56, 32]} />,
  },
  'standing-hip-shift': {
    Setting: FarDesk,
    pose: {
      head: [100, 36],
      neck: [100, 62],
      hip: [112, 108],
      bend: [108, 84],
      front: true,
      flat: true,
      back: [
        [[86, 64], [72, 84], [62, 100]],
        [[106, 112], [94, 144], [84, 176]],
      ],
      fore: [
        [[114, 64], [128, 84], [138, 100]],
        [[118, 112], [120, 144], [118, 176]],
      ],
    },
    under: <Glow at={[112, 110]} rx={22} ry={14} />,
    over: <Arrow from={[116, 132]} to={[152, 132]} />,
  },
  'seated-pelvic-tilt': {
    Setting: SideChair,
    pose: {
      ...SEATED_SIDE,
      head: [76, 38],
      neck: [74, 62],
      hip: [80, 108],
      bend: [64, 92],
      back: [[[72, 66], [80, 88], [90, 100]], SIDE_LIMBS.leftLeg],
      fore: [SIDE_LIMBS.rightLeg, [[76, 66], [84, 88], [94, 100]]],
    },
    under: <Glow at={[70, 98]} rx={14} ry={16} />,
    over: <Arrow from={[46, 110]} via={[66, 146]} to={[98, 136]} />,
  },
  'seated-cat-cow': {
    Setting: SideChair,
    pose: {
      head: [112, 56],
      face: [0.6, 0.8],
      neck: [100, 70],
      hip: [82, 110],
      bend: [62, 70],
      back: [
        [[98, 72], [108, 92], [118, 108]],
        [[80, 110], [124, 112], [126, 168], [140, 170]],
      ],
      fore: [
        [[84, 110], [130, 112], [132, 168], [146, 170]],
        [[102, 72], [114, 92], [124, 108]],
      ],
    },
    // The other shape of the move: the back arched, chest lifted.
    under: <Ghost path={[[84, 110], [94, 90], [90, 64], [96, 40]]} />,
    over: <Arrow from={[50, 72]} via={[50, 38]} to={[76, 28]} />,
  },
  'seated-knee-hug': {
    Setting: SideChair,
    pose: {
      ...SEATED_SIDE,
      fore: [
        [[76, 108], [104, 76], [112, 112], [124, 114]],
        [[78, 66], [92, 84], [106, 90]],
      ],
      back: [[[74, 66], [88, 86], [102, 92]], SIDE_LIMBS.leftLeg],
    },
    under: <Glow at={[72, 100]} rx={14} ry={16} />,
    over: <Arrow from={[140, 98]} via={[136, 68]} to={[114, 58]} />,
  },
  'seated-hamstring-stretch': {
    Setting: SideChair,
    pose: {
      head: [132, 48],
      face: [0.85, 0.5],
      neck: [118, 68],
      hip: [96, 110],
      back: [
        [[116, 72], [126, 96], [136, 120]],
        [[94, 110], [134, 112], [136, 168], [150, 170]],
      ],
      fore: [
        [[98, 110], [138, 140], [172, 170], [178, 156]],
        [[120, 72], [132, 96], [142, 124]],
      ],
    },
    under: <Glow at={[140, 150]} rx={16} ry={14} />,
    over: <Arrow from={[98, 40]} via={[124, 18]} to={[156, 32]} />,
  },
  'standing-hip-flexor-stretch': {
    Setting: FarDesk,
    pose: {
      head: [102, 40],
      face: [1, 0.05],
      neck: [100, 66],
      hip: [102, 114],
      back: [
        [[98, 70], [110, 88], [124, 100]],
        [[100, 114], [134, 134], [136, 174], [150, 176]],
      ],
      fore: [
        [[104, 114], [82, 144], [56, 164], [66, 176]],
        [[102, 70], [104, 94], [108, 116]],
      ],
    },
    under: <Glow at={[106, 118]} rx={12} ry={16} />,
    over: <Arrow from={[62, 112]} to={[88, 112]} />,
  },
};

/** The exercise ids that have a figure of their own. */
export const FIGURE_IDS: readonly string[] = Object.keys(FIGURES);
const hasFigure = (id: string): id is FigureId => Object.hasOwn(FIGURES, id);

/** A calm person with no accent, for the user's own exercises and any exercise without a figure of its own. */
const PLAIN: Readonly<Record<Posture, Figure>> = {
  seated: { Setting: SideChair, pose: SEATED_SIDE },
  standing: { Setting: SideDesk, pose: STANDING_SIDE },
};

/** The illustration for one exercise, drawn for the right side; `side="left"` mirrors it and its description. */
export function ExerciseFigure({ exercise, side = 'right' }: { exercise: Pick<Exercise, 'id' | 'posture' | 'own'>; side?: Side }): JSX.Element {
  const { id, posture } = exercise;
  const drawn = !exercise.own && hasFigure(id);
  const { Setting, pose, under, over } = drawn ? FIGURES[id] : PLAIN[posture];
  const left = side === 'left';
  const described = drawn ? figuresWords.byExercise[id] : figuresWords.plain[posture];
  const label = typeof described === 'function' ? described(side) : described;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      <g transform={left ? `translate(${SIZE},0) scale(-1,1)` : undefined}>
        <Floor />
        <Setting />
        {under}
        <Person pose={pose} />
        {over}
      </g>
    </svg>
  );
}
