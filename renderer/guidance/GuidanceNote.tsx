import type { Guidance } from '../../core/history/check-ins';

function Advice({ guidance }: { guidance: Guidance }) {
  if (guidance.reason === 'hurt') {
    return (
      <>
        <p>This week you stopped a routine because it hurt. Stopping was the right thing to do.</p>
        <p>
          If the pain keeps coming back or spreads, or you notice numbness, tingling or weakness, see a doctor or
          physical therapist before you go on with the exercises.
        </p>
      </>
    );
  }
  return (
    <p>
      You have been checking in for {guidance.days} days and doing routines on most days of the last two weeks, yet your
      back feels no less stiff before routines than in your first week. That is worth talking over with a doctor or
      physical therapist, who can suggest what would help you.
    </p>
  );
}

/** A calm word when the check-ins or a stopped routine suggest asking a professional; it never says what is wrong. */
export function GuidanceNote({ guidance }: { guidance: Guidance }) {
  return (
    <section className="guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title">A word about your back</h2>
      <Advice guidance={guidance} />
      <p className="fine-print">Limber is not medical advice, and it cannot tell what causes pain or stiffness.</p>
    </section>
  );
}
