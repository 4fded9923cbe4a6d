import { useEffect, useRef } from 'react';

/** Shown after "This hurts": what to do now, and when to see someone. Drawn from the reference articles. */
export function SafetyPanel({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  return (
    <section className="safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1} ref={heading}>Stopped. Let&rsquo;s be careful.</h1>
      <ul>
        <li>Stop the exercise and rest in a comfortable position. Don&rsquo;t push through pain.</li>
        <li>See a doctor if the pain spreads into your thighs or legs, or comes with numbness, swelling or severe pain.</li>
        <li>If pain has lasted more than three days without easing, check with a physical therapist before you exercise again.</li>
        <li>If your back hasn&rsquo;t improved within a couple of weeks of regular exercise, talk to a doctor.</li>
        <li>If you are very sore, take a day off from stretching.</li>
      </ul>
      <p className="fine-print">Limber offers general guidance, not medical advice.</p>
      <button type="button" onClick={onClose}>Close</button>
    </section>
  );
}
