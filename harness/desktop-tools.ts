// The real-Electron suite's virtual desktop is the demo's (harness/desktop.ts); the suite needs more tools besides.
import { onPath } from './desktop';

export { missingMonitorTools, startDesktop, until, type Desktop, type Rect } from './desktop';

const TOOLS = ['Xvfb', 'dbus-daemon', 'xsettingsd', 'openbox', 'trayer', 'dunst', 'dunstctl', 'xdotool', 'xwininfo', 'xprop', 'xrdb', 'import', 'xterm', 'inotifywait', 'wmctrl', 'pulseaudio', 'pactl', 'parec'];
export const missingDesktopTools = () => TOOLS.filter((tool) => !onPath(tool));
