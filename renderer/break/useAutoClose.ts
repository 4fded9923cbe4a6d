import { useEffect, useRef, useState } from 'react';

export const AUTO_CLOSE_SECONDS = 8;

/** Whether `element` matches `selector`; false where the browser doesn't know the selector (test DOMs). */
function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** Whether the user is at the window: the pointer over `main`, or keyboard focus (a visible focus ring) inside it. */
function isHeld(main: HTMLElement | null): boolean {
  if (!main) return false;
  const focused = document.activeElement;
  const keyboardFocus = focused instanceof HTMLElement && main.contains(focused) && matches(focused, ':focus-visible');
  return matches(main, ':hover') || keyboardFocus;
}

/**
 * Counts down once `active`, a second at a time, and calls `close` at zero. While the user is at the window the
 * count waits, and it goes on from where it was once they leave.
 */
export function useAutoClose(active: boolean, main: React.RefObject<HTMLElement | null>, close: () => void) {
  const [secondsLeft, setSecondsLeft] = useState(AUTO_CLOSE_SECONDS);
  const [held, setHeld] = useState(false);
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!active) return undefined;
    let left = AUTO_CLOSE_SECONDS;
    const timer = setInterval(() => {
      const holding = isHeld(main.current);
      setHeld(holding);
      if (holding) return;
      left -= 1;
      setSecondsLeft(left);
      if (left <= 0) {
        clearInterval(timer);
        closeRef.current();
      }
    }, 1000);
    return () => { clearInterval(timer); };
  }, [active, main]);
  return { secondsLeft, held };
}
