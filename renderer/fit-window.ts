import { useCallback, useRef } from 'react';
import type { ContentSize, LimberBridge } from '../electron/core/contract';

const pixels = (value: string) => Number.parseFloat(value) || 0;

/**
 * The room `main` needs at `width`: its height with its margins, rounded up to whole pixels. It is measured at a set
 * width because the window may take that width only once it hears this.
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
 * For the screens whose window fits its content (the break and the prompt): returns a ref for the screen's `main`,
 * whose size is sent to the window whenever it changes. The first size is at the width the stylesheet allows `main`
 * (its max-width); later ones keep the width the window has, so a window the user narrowed stays narrow. Content
 * only counts from the moment `main` is on the page, never the empty screen before it.
 */
export function useFitWindow(bridge: LimberBridge): (main: HTMLElement | null) => (() => void) | undefined {
  const sent = useRef<ContentSize | null>(null);
  return useCallback((main: HTMLElement | null) => {
    if (!main) return undefined;
    const report = () => {
      const natural = pixels(getComputedStyle(main).maxWidth);
      const width = sent.current === null && natural > 0 ? natural : main.getBoundingClientRect().width;
      const size = sizeAt(main, width);
      if (sent.current?.width === size.width && sent.current.height === size.height) return;
      sent.current = size;
      void bridge.fitWindow(size);
    };
    // The window's own resizing comes back here, but the window only grows to what was asked, so this settles.
    const observer = new ResizeObserver(report);
    observer.observe(main, { box: 'border-box' });
    return () => { observer.disconnect(); };
  }, [bridge]);
}
