import { useEffect, useRef } from 'react';
import type { CareArea } from '../../core/exercises/care-area';
import { breakWords } from '../../core/words/break';
import { commonWords } from '../../core/words/common';

const words = breakWords.safety;

interface Props {
  /** The area the exercise on screen works, when This hurts was pressed. */
  area: CareArea;
  /** The exercise on screen, which This hurts has left out of every routine; null for the posture cue. */
  leftOut: string | null;
  onClose: () => void;
}

/**
 * Shown after "This hurts": stop now, what to do for the area that hurts, when not to wait, and that the exercise is
 * left out until brought back.
 */
export function SafetyPanel({ area, leftOut, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  const { heading: areaHeading, advice } = words.careAdvice[area];
  return (
    <section className="safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1} ref={heading}>{words.title}</h1>
      <p>{words.stop}</p>
      <h2 id="safety-area">{areaHeading}</h2>
      <ul aria-labelledby="safety-area">
        {advice.map((line) => <li key={line}>{line}</li>)}
      </ul>
      <p className="urgent">{words.urgent((stressed) => <strong key="stressed">{stressed}</strong>)}</p>
      {leftOut && <p>{words.leftOut(leftOut)}</p>}
      <p className="fine-print">{commonWords.notMedicalAdvice}</p>
      <button type="button" onClick={onClose}>{breakWords.close}</button>
    </section>
  );
}
