import { useCallback, useRef } from 'react';
import type { ContentSize, LimberBridge } from '../core/contract';

const pixels = (value: string) => Number.parseFloat(value) || 0;

/**
 * The room `main` needs at `width`: its height with its margins, rounded up to whole pixels. It is measured at a set
 * width because the window may take that width only once it hears this, and a scrollbar, shown for as long as the
 * window is too small, narrows `main` meanwhile.
 */
function sizeAt(main: HTMLElement, width: number): ContentSize {
  const style = getComputedStyle(main);
  const before = main.style.width;
  main.style.width = `${width}px`;
  const height = main.getBoundingClientRect().height + pixels(style.marginTop) + pixels(style.marginBottom);
  main.style.width = before;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/**
 * Once the window has grown to fit, a scrollbar that came while it was too small can stay: the content it narrows
 * still overflows. Laying the page out once without it lets the browser see that it is no longer needed.
 */
function reconsiderScrollbar() {
  const root = document.documentElement;
  root.style.overflow = 'hidden';
  root.getBoundingClientRect();
  root.style.overflow = '';
}

/** Widths within this of each other are the same window: at a fractional scale the page can see one pixel less. */
const SAME_WIDTH_PX = 1;
/**
 * Once main has answered, the window's new width normally arrives with its next resize. A window manager that keeps
 * the old width sends none: after this long the page trusts the width it has.
 */
const GIVEN_WIDTH_WAIT_MS = 1000;

/**
 * For the screens whose window fits its content (the break and the prompt): returns a ref for the screen's `main`,
 * whose size is sent to the window whenever it changes. The first size is at the width the stylesheet allows `main`
 * (its max-width); later ones keep the width the window has, so a window the user narrowed stays narrow. Content
 * only counts from the moment `main` is on the page, never the empty screen before it.
 *
 * The window takes a new width a moment after it is asked to, and content can change meanwhile (on a busy machine a
 * check-in answered, a font loaded): a size measured then at the old, narrower width is taller than the content will
 * be, and the window would grow for nothing. So until the page has the width the window was given, it measures at that.
 */
export function useFitWindow(bridge: LimberBridge): (main: HTMLElement | null) => (() => void) | undefined {
  const sent = useRef<ContentSize | null>(null);
  const given = useRef<{ width: number; answered: boolean; resized: boolean } | null>(null);
  return useCallback((main: HTMLElement | null) => {
    if (!main) return undefined;
    const arrived = (width: number) => Math.abs(width - window.innerWidth) <= SAME_WIDTH_PX;
    const report = () => {
      const natural = pixels(getComputedStyle(main).maxWidth) || Infinity;
      const width = sent.current === null && natural < Infinity ? natural : Math.min(natural, given.current?.width ?? window.innerWidth);
      const size = sizeAt(main, width);
      if (sent.current?.width === size.width && sent.current.height === size.height) return;
      sent.current = size;
      if (!arrived(size.width)) given.current = { width: size.width, answered: false, resized: false };
      void bridge.fitWindow(size).then((content) => {
        const asked = given.current;
        if (asked?.width !== size.width) return;
        // The window may not grow that wide (a small screen), or its resize may have come first at another width.
        if (content === null || arrived(content.width) || asked.resized) {
          given.current = null;
          return;
        }
        const waiting = { width: content.width, answered: true, resized: false };
        given.current = waiting;
        setTimeout(() => { if (given.current === waiting) given.current = null; }, GIVEN_WIDTH_WAIT_MS);
      });
    };
    // The window's own resizing comes back here, but the window only grows to what was asked, so this settles.
    const observer = new ResizeObserver(report);
    observer.observe(main, { box: 'border-box' });
    const resized = () => {
      // Once the window has answered, its next resize is the one asked for, or as near as the screen allowed.
      if (given.current && (given.current.answered || arrived(given.current.width))) given.current = null;
      else if (given.current) given.current = { ...given.current, resized: true };
      reconsiderScrollbar();
    };
    window.addEventListener('resize', resized);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', resized);
    };
  }, [bridge]);
}
