// The baseline for bench:electron: what any Electron tray app costs. A 32×32 ring drawn in code (as Limber draws
// its own), a tooltip and a menu of a few items; no window, so no renderer process.
'use strict';
const { app, Menu, nativeImage, Tray } = require('electron');

const SIZE = 32;

function ringBitmap() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  const middle = (SIZE - 1) / 2;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const distance = Math.hypot(x - middle, y - middle);
      const alpha = distance > 10 && distance < 14 ? 255 : 0;
      pixels.set([alpha, alpha, alpha, alpha], (y * SIZE + x) * 4);
    }
  }
  return pixels;
}

let tray = null;
app.on('window-all-closed', () => undefined);
app.whenReady().then(() => {
  tray = new Tray(nativeImage.createFromBitmap(ringBitmap(), { width: SIZE, height: SIZE, scaleFactor: 2 }));
  tray.setToolTip('Bare tray');
  tray.setContextMenu(Menu.buildFromTemplate([
    { label: 'Status: idle', enabled: false },
    { type: 'separator' },
    { label: 'Do something', click: () => undefined },
    { label: 'Pause', submenu: [{ label: '30 minutes' }, { label: '1 hour' }] },
    { type: 'separator' },
    { label: 'Quit', click: () => { app.quit(); } },
  ]));
});
