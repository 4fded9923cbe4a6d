import type { Rectangle, Screen } from 'electron';

interface ScreenApi extends Pick<Screen, 'getDisplayMatching' | 'getDisplayNearestPoint' | 'getCursorScreenPoint' | 'getPrimaryDisplay'> {
  on(event: 'display-removed' | 'display-metrics-changed', listener: () => void): unknown;
}

/**
 * The displays as windows are placed on them; `screen` may be used only once the app is ready. Where the pointer's
 * position can't be known (`pointerKnown` false: native Wayland), the compositor places windows and the primary
 * display stands in for the one in use.
 */
export function displaysOf(screen: ScreenApi, { pointerKnown }: { pointerKnown: boolean }) {
  return {
    workArea: (bounds: Rectangle) => screen.getDisplayMatching(bounds).workArea,
    /** The display the user is working on is the one under the mouse pointer. */
    workAreaInUse: () => (pointerKnown ? screen.getDisplayNearestPoint(screen.getCursorScreenPoint()) : screen.getPrimaryDisplay()).workArea,
    /** A display unplugged, or one whose work area or resolution changed. */
    onChange(listener: () => void) {
      screen.on('display-removed', listener);
      screen.on('display-metrics-changed', listener);
    },
  };
}
