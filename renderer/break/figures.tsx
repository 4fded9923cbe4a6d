import type { JSX, ReactNode } from 'react';
import { forSide, type Side } from '../../core/exercises/sides';
import { figuresWords } from '../../core/words/figures';

/**
 * Hand-drawn exercise illustrations: one small inline SVG per exercise of the library.
 * Every figure is a pose (head, torso, four limbs) plus furniture and an accent on the working part.
 * Colours come from the page: the person is `currentColor`, the accent and furniture are CSS variables,
 * and everything is drawn with presentation attributes only (no style attributes, no scripts).
 */

type Pt = readonly [number, number];
type Path = readonly Pt[];

const INK = 'currentColor';
const ACCENT = 'var(--accent, #2a9d8f)';
const FURNITURE = 'var(--furniture, #9aa5b1)';
const SIZE = 200;
const FLOOR_Y = 178;

const fmt = (n: number): string => String(Math.round(n * 10) / 10);
const points = (path: Path): string => path.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

// ---------------------------------------------------------------------------------------------
// The person

interface Pose {
  /** Centre of the head, and the way the face points (a unit-ish vector), if it shows. */
  readonly head: Pt;
  readonly face?: Pt;
  /** Top and bottom of the torso; `bend` curves the spine through a quadratic control point. */
  readonly neck: Pt;
  readonly hip: Pt;
  readonly bend?: Pt;
  /** Chest toward us: the torso is wider and a shoulder line joins the arms. */
  readonly front?: boolean;
  /** Front or back views, where no limb is further away: nothing is dimmed. */
  readonly flat?: boolean;
  /**
   * Limbs behind the torso (dimmed unless `flat`) and in front of it, each from shoulder or hip to hand or foot.
   * With `front`, the first limb of each list is an arm: the shoulder line joins their first points.
   */
  readonly back: readonly Path[];
  readonly fore: readonly Path[];
}

const HEAD_R = 13;
const LIMB_W = 10;

function Limb({ path, dim = false }: { path: Path; dim?: boolean }) {
  return (
    <polyline
      points={points(path)} fill="none" stroke={INK} strokeWidth={LIMB_W}
      strokeLinecap="round" strokeLinejoin="round" opacity={dim ? 0.5 : 1}
    />
  );
}

function Head({ at, face }: { at: Pt; face?: Pt | undefined }) {
  const [x, y] = at;
  return (
    <g>
      <circle cx={x} cy={y} r={HEAD_R} fill={INK} />
      {face && <circle cx={fmt(x + face[0] * HEAD_R)} cy={fmt(y + face[1] * HEAD_R)} r={3.5} fill={INK} />}
    </g>
  );
}

function Person({ pose }: { pose: Pose }) {
  const { neck, hip, bend } = pose;
  const spine = bend
    ? `M${points([hip])} Q${points([bend])} ${points([neck])}`
    : `M${points([hip])} L${points([neck])}`;
  const [shoulderA, shoulderB] = [pose.back[0]?.[0], pose.fore[0]?.[0]];
  return (
    <g>
      {pose.back.map((path, i) => <Limb key={i} path={path} dim={!pose.flat} />)}
      <path d={spine} fill="none" stroke={INK} strokeWidth={pose.front ? 24 : 16} strokeLinecap="round" />
      {pose.front && shoulderA && shoulderB && <Limb path={[shoulderA, shoulderB]} />}
      <Limb path={[neck, pose.head]} />
      {pose.fore.map((path, i) => <Limb key={i} path={path} />)}
      <Head at={pose.head} face={pose.face} />
    </g>
  );
}

// ---------------------------------------------------------------------------------------------
// Furniture

function Bar({ path, width = 6 }: { path: Path; width?: number }) {
  return (
    <polyline
      points={points(path)} fill="none" stroke={FURNITURE} strokeWidth={width}
      strokeLinecap="round" strokeLinejoin="round"
    />
  );
}

const Floor = () => <Bar path={[[14, FLOOR_Y + 4], [186, FLOOR_Y + 4]]} width={3} />;

/** A chair seen from the side, facing right. */
const SideChair = () => (
  <g>
    <Bar path={[[56, 58], [58, 120], [116, 120]]} />
    <Bar path={[[62, 120], [62, FLOOR_Y]]} />
    <Bar path={[[110, 120], [110, FLOOR_Y]]} />
  </g>
);

/** A chair seen from the front: the backrest shows behind the person. */
const FrontChair = () => (
  <g>
    <rect x={72} y={58} width={56} height={60} rx={8} fill="none" stroke={FURNITURE} strokeWidth={6} />
    <Bar path={[[64, 120], [136, 120]]} />
    <Bar path={[[70, 120], [70, FLOOR_Y]]} />
    <Bar path={[[130, 120], [130, FLOOR_Y]]} />
  </g>
);

/** A desk seen from the side, in front of a person facing right. */
const SideDesk = () => (
  <g>
    <Bar path={[[132, 104], [190, 104]]} />
    <Bar path={[[140, 104], [140, FLOOR_Y]]} />
    <Bar path={[[182, 104], [182, FLOOR_Y]]} />
  </g>
);

/** A desk seen across its width, behind a person who faces it (seen from behind). */
const FarDesk = () => (
  <g>
    <rect x={26} y={98} width={148} height={10} rx={3} fill={FURNITURE} />
    <Bar path={[[36, 108], [36, 156]]} />
    <Bar path={[[164, 108], [164, 156]]} />
  </g>
);

const Wall = () => <rect x={40} y={12} width={14} height={FLOOR_Y - 8} rx={3} fill={FURNITURE} opacity={0.6} />;

// ---------------------------------------------------------------------------------------------
// Accents

/** A soft glow on the working body part. */
const Glow = ({ at, rx, ry = rx }: { at: Pt; rx: number; ry?: number }) => (
  <ellipse cx={at[0]} cy={at[1]} rx={rx} ry={ry} fill={ACCENT} opacity={0.4} />
);

/** An arrow showing the movement, straight or curved through `via`. */
function Arrow({ from, to, via }: { from: Pt; to: Pt; via?: Pt }) {
  const tail = via ?? from;
  const angle = Math.atan2(to[1] - tail[1], to[0] - tail[0]);
  const barb = (turn: number): Pt => [to[0] - 9 * Math.cos(angle + turn), to[1] - 9 * Math.sin(angle + turn)];
  const d = via ? `M${points([from])} Q${points([via])} ${points([to])}` : `M${points([from])} L${points([to])}`;
  return (
    <g fill="none" stroke={ACCENT} strokeWidth={4} strokeLinecap="round" strokeLinejoin="round">
      <path d={d} />
      <polyline points={points([barb(0.5), to, barb(-0.5)])} />
    </g>
  );
}

/** The other end of a repeated movement, as a faint outline. */
const Ghost = ({ path }: { path: Path }) => (
  <polyline
    points={points(path)} fill="none" stroke={ACCENT} strokeWidth={LIMB_W}
    strokeLinecap="round" strokeLinejoin="round" opacity={0.4}
  />
);

// ---------------------------------------------------------------------------------------------
// Poses

/** The same pose moved sideways by `dx`. */
function slide(pose: Pose, dx: number): Pose {
  const move = ([x, y]: Pt): Pt => [x + dx, y];
  const moveAll = (paths: readonly Path[]) => paths.map((path) => path.map(move));
  const { bend } = pose;
  return {
    ...pose,
    head: move(pose.head), neck: move(pose.neck), hip: move(pose.hip),
    ...(bend && { bend: move(bend) }),
    back: moveAll(pose.back), fore: moveAll(pose.fore),
  };
}

/** Seated side-view limbs, facing right (so the right side is toward us): hands on the thighs, feet flat. */
const SIDE_LIMBS = {
  leftArm: [[74, 66], [80, 90], [98, 102]],
  leftLeg: [[72, 108], [116, 110], [118, 168], [132, 170]],
  rightLeg: [[74, 108], [120, 110], [124, 168], [138, 170]],
  rightArm: [[78, 66], [84, 90], [104, 104]],
} as const satisfies Record<string, Path>;

/** Seated, side view, facing right: tall, hands on the thighs, feet flat. */
const SEATED_SIDE: Pose = {
  head: [80, 38],
  face: [1, 0.1],
  neck: [76, 62],
  hip: [74, 108],
  back: [SIDE_LIMBS.leftArm, SIDE_LIMBS.leftLeg],
  fore: [SIDE_LIMBS.rightLeg, SIDE_LIMBS.rightArm],
};

/** Seated, front view, facing the viewer (the person's right is on the viewer's left). */
const SEATED_FRONT: Pose = {
  head: [100, 38],
  neck: [100, 66],
  hip: [100, 106],
  front: true,
  flat: true,
  back: [
    [[86, 68], [80, 94], [90, 114]],
    [[92, 110], [88, 130], [88, 172], [80, 174]],
  ],
  fore: [
    [[114, 68], [120, 94], [110, 114]],
    [[108, 110], [112, 130], [112, 172], [120, 174]],
  ],
};

/** Standing, seen from the front or the back. */
const STANDING_FRONT: Pose = {
  head: [100, 36],
  neck: [100, 62],
  hip: [100, 106],
  front: true,
  flat: true,
  back: [
    [[86, 64], [82, 90], [84, 114]],
    [[93, 110], [92, 144], [92, 176]],
  ],
  fore: [
    [[114, 64], [118, 90], [116, 114]],
    [[107, 110], [108, 144], [108, 176]],
  ],
};

// ---------------------------------------------------------------------------------------------
// The figures

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
};

/** The exercise ids that have a figure of their own. */
export const FIGURE_IDS: readonly string[] = Object.keys(FIGURES);
const hasFigure = (id: string): id is FigureId => Object.hasOwn(FIGURES, id);

const FALLBACK: Figure = { Setting: SideChair, pose: SEATED_SIDE };

/** The illustration for one exercise, drawn for the right side; `side="left"` mirrors it and its description. */
export function ExerciseFigure({ exerciseId, side = 'right' }: { exerciseId: string; side?: Side }): JSX.Element {
  const known = hasFigure(exerciseId);
  const { Setting, pose, under, over } = known ? FIGURES[exerciseId] : FALLBACK;
  const left = side === 'left';
  const label = known ? forSide(figuresWords.byExercise[exerciseId], side) : figuresWords.fallback;
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
