// "Clearly blank" for a photo/scan: a PNG whose pixels are (almost) all one colour. Other image
// formats would need a full decoder; they stay "cannot tell" (null) and go to review.
import { unzlibSync } from 'fflate';

export function imageLooksBlank(b: Uint8Array): boolean | null {
  try {
    return pngBlank(b);
  } catch {
    return null;
  }
}

function pngBlank(b: Uint8Array): boolean | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let off = 8;
  let width = 0, height = 0, depth = 0, colour = 0, interlace = 0;
  const idat: Uint8Array[] = [];
  while (off + 8 <= b.length) {
    const len = dv.getUint32(off);
    const type = String.fromCharCode(b[off + 4], b[off + 5], b[off + 6], b[off + 7]);
    const data = b.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = dv.getUint32(off + 8);
      height = dv.getUint32(off + 12);
      depth = data[8];
      colour = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour];
  if (depth !== 8 || !channels || interlace !== 0 || width * height === 0) return null;
  if (width * height > 40_000_000) return null;
  const all = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  let p = 0;
  for (const d of idat) (all.set(d, p), (p += d.length));
  const raw = unzlibSync(all);
  const stride = width * channels;
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  const first = new Uint8Array(channels);
  let differing = 0;
  // Dust and scanner edges: under 0.1 % of pixels off the background still counts as blank.
  const allowed = width * height * 0.001;
  for (let y = 0; y < height; y++) {
    const base = y * (stride + 1);
    const filter = raw[base];
    for (let x = 0; x < stride; x++) {
      const v = raw[base + 1 + x];
      const a = x >= channels ? cur[x - channels] : 0;
      const up = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let out: number;
      if (filter === 0) out = v;
      else if (filter === 1) out = v + a;
      else if (filter === 2) out = v + up;
      else if (filter === 3) out = v + ((a + up) >> 1);
      else {
        const pp = a + up - c, pa = Math.abs(pp - a), pb = Math.abs(pp - up), pc = Math.abs(pp - c);
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? up : c);
      }
      cur[x] = out & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < channels; k++) {
        const v = cur[x * channels + k];
        if (y === 0 && x === 0) first[k] = v;
        else if (Math.abs(v - first[k]) > 24) {
          differing++;
          break;
        }
      }
    }
    // A photo with content stops here, at its first rows of ink.
    if (differing > allowed) return false;
    [prev, cur] = [cur, prev];
  }
  return true;
}
