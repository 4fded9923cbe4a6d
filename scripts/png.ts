import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes a premultiplied BGRA bitmap (as nativeImage takes it) as a PNG file, whose alpha is straight, so tests
 * can save what the user would see.
 */
export function bgraToPng(bgra: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = y * (width * 4 + 1) + 1 + x * 4;
      const alpha = bgra[from + 3] ?? 0;
      const straight = (channel: number) => (alpha === 0 ? 0 : Math.min(255, Math.round(((bgra[from + channel] ?? 0) * 255) / alpha)));
      rows.set([straight(2), straight(1), straight(0), alpha], to);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}
