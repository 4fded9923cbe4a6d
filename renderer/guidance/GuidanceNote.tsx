import type { Guidance } from '../../core/history/check-ins';
import { guidanceWords } from '../../core/words/guidance';

function Advice({ guidance }: { guidance: Guidance }) {
  if (guidance.reason === 'hurt') return <>{guidanceWords.hurt.map((line) => <p key={line}>{line}</p>)}</>;
  return <p>{guidanceWords.stiffness(guidance.days)}</p>;
}

/** A calm word when the check-ins or a stopped routine suggest asking a professional; it never says what is wrong. */
export function GuidanceNote({ guidance }: { guidance: Guidance }) {
  return (
    <section className="guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{guidanceWords.title}</h2>
      <Advice guidance={guidance} />
      <p className="fine-print">{guidanceWords.notMedicalAdvice}</p>
    </section>
  );
}
