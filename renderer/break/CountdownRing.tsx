const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A large ring that empties as the phase runs out; purely visual (the timer element carries the number). */
export function CountdownRing({ progress, children }: { progress: number; children: React.ReactNode }) {
  return (
    <div className="ring">
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle className="ring-track" cx="60" cy="60" r={RADIUS} />
        <circle
          className="ring-fill" cx="60" cy="60" r={RADIUS} transform="rotate(-90 60 60)"
          strokeDasharray={CIRCUMFERENCE} strokeDashoffset={CIRCUMFERENCE * Math.min(1, Math.max(0, progress))}
        />
      </svg>
      <div className="ring-label">{children}</div>
    </div>
  );
}
