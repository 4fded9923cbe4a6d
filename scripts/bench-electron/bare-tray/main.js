// The baseline for bench:electron: what any Electron tray app costs. A 32×32 ring drawn in code (as Limber draws
// its own), a tooltip and a menu of a few items; no window, so no renderer process.
// Started with --window, it also loads a small page in a hidden window, as Limber loads its prompt ahead; a second
// start with --show shows it without focus, and one with --close destroys it. bench.log in its user-data folder gets
// "loaded" and "shown <Date.now()>" lines, which the bench times the window from.
'use strict';
const { appendFileSync } = require('node:fs');
const { join } = require('node:path');
const { app, BrowserWindow, Menu, nativeImage, Tray } = require('electron');

const SIZE = 32;
const PAGE = '<!doctype html><meta charset="utf-8"><title>Bare window</title>'
  + '<body style="margin:0;font:16px sans-serif;background:#f5f5f0"><h1 style="margin:16px">A break is due</h1>'
  + '<p style="margin:16px">Stand up and stretch.</p><button style="margin:16px;background:#1f7a70;color:white">Start</button></body>';

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

const note = (line) => { appendFileSync(join(app.getPath('userData'), 'bench.log'), `${line}\n`); };

let tray = null;
let window = null;

function loadHidden() {
  window = new BrowserWindow({ width: 420, height: 200, show: false, webPreferences: { sandbox: true, contextIsolation: true } });
  window.webContents.once('did-finish-load', () => { note('loaded'); });
  void window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(PAGE)}`);
}

if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', (_event, argv) => {
  if (argv.includes('--show') && window) {
    note(`shown ${Date.now()}`);
    window.showInactive();
  }
  if (argv.includes('--close') && window) {
    window.destroy();
    window = null;
  }
});
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
  if (process.argv.includes('--window')) loadHidden();
});
