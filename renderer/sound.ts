/** Short generated tones for phase changes and the last seconds: no audio files to load. */
export type Tone = 'phase' | 'count' | 'complete';

const NOTES: Record<Tone, { hz: number[]; seconds: number }> = {
  phase: { hz: [660], seconds: 0.18 },
  count: { hz: [880], seconds: 0.07 },
  complete: { hz: [523.25, 659.25, 783.99], seconds: 0.5 },
};

export interface Tones {
  /** `volume` runs from 0 (silent) to 1. */
  play(tone: Tone, volume: number): void;
  /**
   * Lets the audio device go once the notes already started have ended. An open AudioContext holds an output stream,
   * and with it Chromium's audio service process (about 60 MB), for as long as the page lives.
   */
  release(): void;
}

export function createTones(): Tones {
  let context: AudioContext | null = null;
  let lastNoteEnds = 0;
  return {
    play(tone, volume) {
      if (typeof AudioContext === 'undefined' || volume <= 0) return;
      context ??= new AudioContext();
      const { hz, seconds } = NOTES[tone];
      const start = context.currentTime;
      lastNoteEnds = Math.max(lastNoteEnds, start + (hz.length - 1) * 0.09 + seconds + 0.05);
      hz.forEach((frequency, i) => {
        if (!context) return;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = frequency;
        const at = start + i * 0.09;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.0001 + 0.3 * volume, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + seconds + 0.05);
      });
    },
    release() {
      const closing = context;
      if (!closing) return;
      context = null;
      setTimeout(() => { void closing.close(); }, Math.max(0, lastNoteEnds - closing.currentTime) * 1000);
    },
  };
}
