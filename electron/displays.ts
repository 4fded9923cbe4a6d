import type { Rectangle, Screen } from 'electron';

interface ScreenApi extends Pick<Screen, 'getDisplayMatching' | 'getDisplayNearestPoint' | 'getCursorScreenPoint'> {
  on(event: 'display-removed' | 'display-metrics-changed', listener: () => void): unknown;
}

/** The displays as windows are placed on them; `screen` may be used only once the app is ready. */
export function displaysOf(screen: ScreenApi) {
  return {
    workArea: (bounds: Rectangle) => screen.getDisplayMatching(bounds).workArea,
    /** The display the user is working on is the one under the mouse pointer. */
    workAreaInUse: () => screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea,
    /** A display unplugged, or one whose work area or resolution changed. */
    onChange(listener: () => void) {
      screen.on('display-removed', listener);
      screen.on('display-metrics-changed', listener);
    },
  };
}
