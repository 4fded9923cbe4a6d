import { useId } from 'react';

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

/** One tap to rate how stiff the back feels, 0 to 10, or to skip. It sits beside the routine and never blocks it. */
export function CheckIn({ question, onRate, onSkip }: { question: string; onRate: (rating: number) => void; onSkip: () => void }) {
  const id = useId();
  return (
    <section className="check-in" aria-labelledby={id}>
      <p id={id} className="check-in-question">{question}</p>
      <div className="check-in-scale" role="group" aria-labelledby={id}>
        <span className="check-in-end" aria-hidden="true">not at all</span>
        {RATINGS.map((rating) => (
          <button key={rating} type="button" onClick={() => { onRate(rating); }}
            aria-label={`${rating}${rating === 0 ? ', not stiff at all' : rating === 10 ? ', very stiff' : ''}`}>
            {rating}
          </button>
        ))}
        <span className="check-in-end" aria-hidden="true">very</span>
        <button type="button" className="check-in-skip" onClick={onSkip}>Skip</button>
      </div>
    </section>
  );
}
