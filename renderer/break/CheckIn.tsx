import { useId } from 'react';
import { breakWords } from '../../core/words/break';

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

interface Props {
  question: string;
  onRate: (rating: number) => void;
  onSkip: () => void;
  /** An unseen copy that only keeps the check-in's room, so the window keeps its size when no question is asked. */
  reserved?: boolean;
}

/** One tap to rate how stiff the area the routine works feels, 0 to 10, or to skip. */
export function CheckIn({ question, onRate, onSkip, reserved = false }: Props) {
  const id = useId();
  return (
    <section className={reserved ? 'check-in reserve' : 'check-in'} aria-labelledby={id} aria-hidden={reserved || undefined} inert={reserved}>
      <p id={id} className="check-in-question">{question}</p>
      <div className="check-in-scale" role="group" aria-labelledby={id}>
        <span className="check-in-end" aria-hidden="true">{breakWords.checkIn.notAtAll}</span>
        {RATINGS.map((rating) => (
          <button key={rating} type="button" onClick={() => { onRate(rating); }} aria-label={breakWords.checkIn.rating(rating)}>
            {rating}
          </button>
        ))}
        <span className="check-in-end" aria-hidden="true">{breakWords.checkIn.very}</span>
        <button type="button" className="check-in-skip" onClick={onSkip}>{breakWords.checkIn.skip}</button>
      </div>
    </section>
  );
}
