const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface Props {
  progress: number;
  /** A word under the number, such as "Paused": said in text, never by colour alone. */
  caption?: string;
  paused?: boolean;
  children: React.ReactNode;
}

/** A large ring that empties as the phase runs out; the ring itself is visual (the timer element carries the number). */
export function CountdownRing({ progress, caption = '', paused = false, children }: Props) {
  return (
    <div className={paused ? 'ring paused' : 'ring'}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle className="ring-track" cx="60" cy="60" r={RADIUS} />
        <circle
          className="ring-fill" cx="60" cy="60" r={RADIUS} transform="rotate(-90 60 60)"
          strokeDasharray={CIRCUMFERENCE} strokeDashoffset={CIRCUMFERENCE * Math.min(1, Math.max(0, progress))}
        />
      </svg>
      <div className="ring-label">
        {children}
        <span className="ring-caption">{caption}</span>
      </div>
    </div>
  );
}
