// Unzip the XML parts of a .docx with fflate, guarded against zip bombs: a part whose declared
// size is far larger than its compressed size, or a total beyond the limit, is refused before
// anything is inflated. Media and other binary parts are never inflated.
import { unzipSync } from 'fflate';
import type { Limits } from '../options.ts';
import { ReadFailure } from './errors.ts';

export type Parts = Map<string, Uint8Array>;

const BIG_PART = 1024 * 1024; // below this, a high ratio is just repetitive XML

export function unzipParts(bytes: Uint8Array, limits: Limits): Parts {
  let total = 0;
  let bomb: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        const name = f.name;
        if (!(name.endsWith('.xml') || name.endsWith('.rels'))) return false;
        if (name.startsWith('customXml/') || name.includes('/glossary/')) return false;
        if (f.originalSize > BIG_PART && f.originalSize / Math.max(1, f.size) > limits.maxRatio) {
          bomb ??= `${name}: compression ratio ${Math.round(f.originalSize / Math.max(1, f.size))} > ${limits.maxRatio}`;
          return false;
        }
        total += f.originalSize;
        if (total > limits.maxUnzippedBytes) {
          bomb ??= `decompressed size over ${limits.maxUnzippedBytes} bytes`;
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    throw new ReadFailure({
      ruleId: 'input.corrupt',
      message: 'Tệp .docx bị hỏng: không giải nén được (tệp có thể bị cắt cụt hoặc tải về chưa hết). Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.',
      recognised: 'zip',
      detail: `zip: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  if (bomb) {
    throw new ReadFailure({
      ruleId: 'input.too-large',
      message: 'Tệp .docx khi giải nén quá lớn (có thể là tệp độc hại dạng "zip bomb"). Hệ thống không kiểm tra tệp này.',
      recognised: 'docx',
      detail: bomb,
    });
  }
  const parts: Parts = new Map();
  for (const k in files) parts.set(k.startsWith('/') ? k.slice(1) : k, files[k]);
  return parts;
}
