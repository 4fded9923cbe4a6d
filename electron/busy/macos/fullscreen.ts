import { signalsWords } from '../../../core/words/signals';
import { bindAll, bindOnce, namedStruct, type Koffi } from '../ffi';
import { signalOf, type BusySignal } from '../signal';

export type Rect = { x: number; y: number; width: number; height: number };
/** The windows on screen (their owner, level and bounds, which need no permission to read) and the displays. */
export type ScreenAnswer = { windows: { pid: number; layer: number; bounds: Rect }[]; displays: Rect[] };

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Fullscreen: another app's ordinary window covers a whole display, menu bar included. A zoomed window leaves
 * the menu bar out, so it doesn't count; panels, the Dock and the menu bar live on other levels.
 */
export function fillsADisplay({ windows, displays }: ScreenAnswer, ownPids: number[]): boolean {
  return windows.some(({ pid, layer, bounds }) => layer === 0 && !ownPids.includes(pid) && displays.some((display) => sameRect(bounds, display)));
}

const ON_SCREEN_ONLY = 1 << 0;
const EXCLUDE_DESKTOP = 1 << 4;
const MAX_DISPLAYS = 16;
const NUMBER_SINT32 = 3;

export const GRAPHICS_PROTOTYPES = {
  windowList: 'void *CGWindowListCopyWindowInfo(uint32_t option, uint32_t relativeToWindow)',
  rectFromDictionary: 'bool CGRectMakeWithDictionaryRepresentation(const void *dict, _Out_ Rect *rect)',
  displayList: 'int32_t CGGetActiveDisplayList(uint32_t max, _Out_ uint32_t *displays, _Out_ uint32_t *count)',
  displayBounds: 'Rect CGDisplayBounds(uint32_t display)',
};
export const FOUNDATION_PROTOTYPES = {
  count: 'long CFArrayGetCount(const void *array)',
  at: 'const void *CFArrayGetValueAtIndex(const void *array, long index)',
  valueOf: 'const void *CFDictionaryGetValue(const void *dict, const void *key)',
  int32Of: 'bool CFNumberGetValue(const void *number, int type, _Out_ int32_t *value)',
  release: 'void CFRelease(const void *object)',
};

/** Declares the rectangle struct (CGRect's layout: origin, then size) that the prototypes name. */
export const declareRect = (koffi: Koffi) => namedStruct(koffi, 'Rect', { x: 'double', y: 'double', width: 'double', height: 'double' });

const frameworks = bindOnce((koffi) => {
  declareRect(koffi);
  const graphics = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');
  const key = (name: string) => koffi.decode(graphics.symbol(name), 'void *') as unknown;
  return {
    cg: bindAll(graphics, GRAPHICS_PROTOTYPES),
    cf: bindAll(koffi.load('/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation'), FOUNDATION_PROTOTYPES),
    keys: { layer: key('kCGWindowLayer'), bounds: key('kCGWindowBounds'), pid: key('kCGWindowOwnerPID') },
  };
});

/** Reads the on-screen windows and the displays from CoreGraphics. */
export async function readScreen(): Promise<ScreenAnswer> {
  const { cg, cf, keys } = await frameworks();
  const ids = new Array<number>(MAX_DISPLAYS).fill(0);
  const count = [0];
  const status = cg.displayList(MAX_DISPLAYS, ids, count) as number;
  if (status !== 0) throw new Error(signalsWords.why.macos.displaysNotListed(status));
  const displays = ids.slice(0, count[0]).map((id) => cg.displayBounds(id) as Rect);
  const list = cg.windowList(ON_SCREEN_ONLY | EXCLUDE_DESKTOP, 0);
  if (!list) throw new Error(signalsWords.why.macos.windowsNotListed);
  try {
    const windows = Array.from({ length: Number(cf.count(list)) }, (_, index) => {
      const window = cf.at(list, index);
      // CoreFoundation crashes on a NULL it is handed: a key a window lacks reads as -1, or as no bounds.
      const int = (key: unknown) => {
        const number = cf.valueOf(window, key);
        const value = [0];
        return number && cf.int32Of(number, NUMBER_SINT32, value) ? value[0] ?? 0 : -1;
      };
      const bounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
      const dictionary = cf.valueOf(window, keys.bounds);
      if (dictionary) cg.rectFromDictionary(dictionary, bounds);
      return { pid: int(keys.pid), layer: int(keys.layer), bounds };
    });
    return { windows, displays };
  } finally {
    cf.release(list);
  }
}

/** Fullscreen or presenting, on macOS: a window of another app covering a whole display. */
export function macosFullscreenSignal(ownPids: () => number[]): BusySignal {
  return signalOf('fullscreen', async () => fillsADisplay(await readScreen(), ownPids()), () => signalsWords.via.macos.fullscreen);
}
