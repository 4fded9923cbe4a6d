import { useEffect, useRef } from 'react';
import type { CareArea } from '../../core/exercises/care-area';
import { CARE_ADVICE } from './care-advice';

interface Props {
  /** The area the exercise on screen works, when This hurts was pressed. */
  area: CareArea;
  onClose: () => void;
}

/** Shown after "This hurts": stop now, what to do for the area that hurts, and when not to wait. */
export function SafetyPanel({ area, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  const { heading: areaHeading, advice } = CARE_ADVICE[area];
  return (
    <section className="safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1} ref={heading}>Stopped. Let&rsquo;s be careful.</h1>
      <p>Stop the exercise and rest in a comfortable position. Don&rsquo;t push through pain.</p>
      <h2 id="safety-area">{areaHeading}</h2>
      <ul aria-labelledby="safety-area">
        {advice.map((line) => <li key={line}>{line}</li>)}
      </ul>
      <p className="urgent">
        <strong>Don&rsquo;t wait</strong> if the pain came on suddenly or is severe: have a doctor or physical therapist check it straight away.
      </p>
      <p className="fine-print">Limber offers general guidance, not medical advice.</p>
      <button type="button" onClick={onClose}>Close</button>
    </section>
  );
}
