/**
 * A label that takes the room of the widest of `all`, so that a button changing its words (Pause, Resume, Close)
 * never moves the buttons beside it. The others are laid out but unseen, and screen readers hear only `shown`.
 */
export function StableLabel({ shown, all }: { shown: string; all: readonly string[] }) {
  return (
    <span className="stack">
      {all.map((label) => (
        <span key={label} className={label === shown ? undefined : 'reserve'} aria-hidden={label === shown ? undefined : true}>{label}</span>
      ))}
    </span>
  );
}
