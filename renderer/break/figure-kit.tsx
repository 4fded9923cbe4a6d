/**
 * What the exercise figures (figures.tsx) are drawn with: a person posed by points, furniture, accents and the
 * poses several figures start from. Colours come from the page: the person is `currentColor`, the accent and
 * furniture are CSS variables, and everything is drawn with presentation attributes only (no style attributes).
 */

export type Pt = readonly [number, number];
export type Path = readonly Pt[];

const INK = 'currentColor';
const ACCENT = 'var(--accent, #2a9d8f)';
const FURNITURE = 'var(--furniture, #9aa5b1)';
export const SIZE = 200;
const FLOOR_Y = 178;

const fmt = (n: number): string => String(Math.round(n * 10) / 10);
const points = (path: Path): string => path.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

// ---------------------------------------------------------------------------------------------
// The person

export interface Pose {
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

export function Person({ pose }: { pose: Pose }) {
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

export const Floor = () => <Bar path={[[14, FLOOR_Y + 4], [186, FLOOR_Y + 4]]} width={3} />;

/** A chair seen from the side, facing right. */
export const SideChair = () => (
  <g>
    <Bar path={[[56, 58], [58, 120], [116, 120]]} />
    <Bar path={[[62, 120], [62, FLOOR_Y]]} />
    <Bar path={[[110, 120], [110, FLOOR_Y]]} />
  </g>
);

/** A chair seen from the front: the backrest shows behind the person. */
export const FrontChair = () => (
  <g>
    <rect x={72} y={58} width={56} height={60} rx={8} fill="none" stroke={FURNITURE} strokeWidth={6} />
    <Bar path={[[64, 120], [136, 120]]} />
    <Bar path={[[70, 120], [70, FLOOR_Y]]} />
    <Bar path={[[130, 120], [130, FLOOR_Y]]} />
  </g>
);

/** A desk seen from the side, in front of a person facing right. */
export const SideDesk = () => (
  <g>
    <Bar path={[[132, 104], [190, 104]]} />
    <Bar path={[[140, 104], [140, FLOOR_Y]]} />
    <Bar path={[[182, 104], [182, FLOOR_Y]]} />
  </g>
);

/** A desk seen across its width, behind a person who faces it (seen from behind). */
export const FarDesk = () => (
  <g>
    <rect x={26} y={98} width={148} height={10} rx={3} fill={FURNITURE} />
    <Bar path={[[36, 108], [36, 156]]} />
    <Bar path={[[164, 108], [164, 156]]} />
  </g>
);

export const Wall = () => <rect x={40} y={12} width={14} height={FLOOR_Y - 8} rx={3} fill={FURNITURE} opacity={0.6} />;

// ---------------------------------------------------------------------------------------------
// Accents

/** A soft glow on the working body part. */
export const Glow = ({ at, rx, ry = rx }: { at: Pt; rx: number; ry?: number }) => (
  <ellipse cx={at[0]} cy={at[1]} rx={rx} ry={ry} fill={ACCENT} opacity={0.4} />
);

/** An arrow showing the movement, straight or curved through `via`. */
export function Arrow({ from, to, via }: { from: Pt; to: Pt; via?: Pt }) {
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
export const Ghost = ({ path }: { path: Path }) => (
  <polyline
    points={points(path)} fill="none" stroke={ACCENT} strokeWidth={LIMB_W}
    strokeLinecap="round" strokeLinejoin="round" opacity={0.4}
  />
);

// ---------------------------------------------------------------------------------------------
// Poses

/** The same pose moved sideways by `dx`. */
export function slide(pose: Pose, dx: number): Pose {
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
export const SIDE_LIMBS = {
  leftArm: [[74, 66], [80, 90], [98, 102]],
  leftLeg: [[72, 108], [116, 110], [118, 168], [132, 170]],
  rightLeg: [[74, 108], [120, 110], [124, 168], [138, 170]],
  rightArm: [[78, 66], [84, 90], [104, 104]],
} as const satisfies Record<string, Path>;

/** Seated, side view, facing right: tall, hands on the thighs, feet flat. */
export const SEATED_SIDE: Pose = {
  head: [80, 38],
  face: [1, 0.1],
  neck: [76, 62],
  hip: [74, 108],
  back: [SIDE_LIMBS.leftArm, SIDE_LIMBS.leftLeg],
  fore: [SIDE_LIMBS.rightLeg, SIDE_LIMBS.rightArm],
};

/** Seated, front view, facing the viewer (the person's right is on the viewer's left). */
export const SEATED_FRONT: Pose = {
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
export const STANDING_FRONT: Pose = {
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

/** Standing, side view, facing right: tall, arms by the sides. */
export const STANDING_SIDE: Pose = {
  head: [84, 36],
  face: [1, 0.05],
  neck: [84, 62],
  hip: [86, 108],
  back: [
    [[82, 66], [80, 90], [84, 112]],
    [[84, 108], [82, 144], [82, 176], [94, 176]],
  ],
  fore: [
    [[88, 108], [90, 144], [90, 176], [102, 176]],
    [[86, 66], [88, 90], [92, 112]],
  ],
};
