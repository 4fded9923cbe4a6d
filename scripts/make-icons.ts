// Draws the app icon (assets/icon.png) with the tray ring renderer: run with `npm run icons`.
import { writeFileSync } from 'node:fs';
import { renderTrayIcon } from '../core/shell/tray-icon';
import { bgraToPng } from './png';

const SIZE = 512;
writeFileSync('assets/icon.png', bgraToPng(renderTrayIcon({ look: 'sitting', progress: 0.75 }, SIZE), SIZE, SIZE));
