// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentSize } from '../../core/contract';
import { BreakScreen } from '../../renderer/break/BreakScreen';
import { BreakPrompt } from '../../renderer/prompt/BreakPrompt';
import { recordingBridge } from '../helpers/bridge';
import { breakRun } from '../helpers/break-run';

/**
 * happy-dom lays nothing out, so `main` gets a stand-in layout: it is as wide as its set width or the window, and
 * its text reflows, so that its height times its width stays `area`. Resize observers fire when `resize()` says so.
 */
const layout = { windowWidth: 0, area: 0 };
const observers = new Set<() => void>();
const resize = () => { act(() => { observers.forEach((fire) => { fire(); }); }); };
/** The window's own width changes, as a window manager resizing it tells the page. */
const windowTakes = (width: number) => {
  layout.windowWidth = width;
  act(() => { window.dispatchEvent(new Event('resize')); });
};

beforeEach(() => {
  Object.assign(layout, { windowWidth: 760, area: 700 * 760 });
  vi.spyOn(window, 'innerWidth', 'get').mockImplementation(() => layout.windowWidth);
  vi.stubGlobal('ResizeObserver', class {
    private readonly fire: () => void;
    constructor(callback: () => void) { this.fire = callback; }
    observe() { observers.add(this.fire); }
    unobserve() { observers.delete(this.fire); }
    disconnect() { observers.delete(this.fire); }
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const width = Number.parseFloat(this.style.width) || layout.windowWidth;
    return DOMRect.fromRect({ width, height: this.tagName === 'MAIN' ? layout.area / width : 0 });
  });
});
afterEach(() => {
  cleanup();
  observers.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.replaceChildren();
});

/** The width the stylesheet gives a screen's `main`, which is what its window should be. */
function maxWidth(selector: string, pixels: number) {
  const style = document.createElement('style');
  style.textContent = `${selector} { max-width: ${pixels}px; }`;
  document.head.append(style);
}

/** A break screen whose window answers each size asked with `fitted`. */
async function breakAnswering(fitted: (size: ContentSize) => Promise<ContentSize>) {
  const { bridge, calls } = recordingBridge();
  const fitWindow = (size: ContentSize) => {
    calls.fits.push(size);
    return fitted(size);
  };
  render(<BreakScreen {...breakRun('quick-brace')} bridge={{ ...bridge, fitWindow }} />);
  await screen.findByRole('timer');
  return calls;
}

describe('windows that fit their content', () => {
  it('sizes the prompt once its content is there, at the width its stylesheet gives it, and again only on a change', async () => {
    maxWidth('.prompt', 420);
    layout.windowWidth = 420;
    layout.area = 278.4 * 420;
    const { bridge, calls } = recordingBridge();
    render(<BreakPrompt kind="micro" bridge={bridge} />);
    resize();
    expect(calls.fits).toEqual([]);
    await screen.findByRole('heading', { name: 'Time for a micro break' });
    resize();
    expect(calls.fits).toEqual([{ width: 420, height: 279 }]);
    resize();
    expect(calls.fits).toHaveLength(1);
    layout.area = 300 * 420;
    resize();
    expect(calls.fits).toEqual([{ width: 420, height: 279 }, { width: 420, height: 300 }]);
  });

  it('measures the break at the width it asks for, then follows the width the window has', async () => {
    maxWidth('.break', 960);
    const { bridge, calls } = recordingBridge();
    render(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await screen.findByRole('timer');
    resize();
    // Content that takes 700 px of height at 760 px wide needs 555 px at 960.
    expect(calls.fits).toEqual([{ width: 960, height: 555 }]);
    windowTakes(960);
    // The user narrows the window: the content grows taller, and the window keeps the user's width.
    layout.windowWidth = 700;
    resize();
    expect(calls.fits.at(-1)).toEqual({ width: 700, height: 760 });
  });

  it('measures at the width the window was given until the page has it, so a change meanwhile does not grow it', async () => {
    maxWidth('.break', 960);
    const calls = await breakAnswering((size) => Promise.resolve({ width: 960, height: size.height }));
    resize();
    await act(() => Promise.resolve());
    // The content changes while the window is still 760 px wide: it is measured at 960 all the same.
    layout.area = 720 * 760;
    resize();
    expect(calls.fits).toEqual([{ width: 960, height: 555 }, { width: 960, height: 570 }]);
    // The window's new width reaches the page; from then on the page follows the window, here narrowed by the user.
    windowTakes(960);
    layout.windowWidth = 700;
    resize();
    expect(calls.fits.at(-1)).toEqual({ width: 700, height: 782 });
  });

  it('follows the width the window manager allowed when it came before main\'s answer, and never waits for another', async () => {
    maxWidth('.break', 960);
    let answer = (_: ContentSize) => undefined as unknown;
    const calls = await breakAnswering(() => new Promise<ContentSize>((done) => { answer = done; }));
    resize();
    // The window manager gives 900 px, not the 960 asked, and that resize reaches the page before main answers.
    windowTakes(900);
    await act(async () => { answer({ width: 960, height: 555 }); await Promise.resolve(); });
    layout.area = 720 * 760;
    resize();
    expect(calls.fits.at(-1)).toEqual({ width: 900, height: 608 });
  });

  it('stops listening when the screen goes', async () => {
    const { bridge } = recordingBridge();
    const { unmount } = render(<BreakPrompt kind="long" bridge={bridge} />);
    await screen.findByRole('button', { name: 'Start' });
    expect(observers.size).toBe(1);
    unmount();
    expect(observers.size).toBe(0);
  });
});
