// The default ND30 pack (validated at load) and loadPack for user/registry JSON (a Pack or an Overlay).
import { Pack, OverlayPack, mergePack, type Pack as PackT } from '../pack.ts';
import nd30 from './nd30.json' with { type: 'json' };

export const nd30Pack: PackT = Pack.parse(nd30);

export class PackError extends Error {}

/** A pack as JSON (object or text): a full pack, or an overlay merged onto its base (nd30 by default). */
export function loadPack(json: unknown, base: PackT = nd30Pack): PackT {
  const data = typeof json === 'string' ? parseJson(json) : json;
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind === 'overlay') {
    const o = OverlayPack.safeParse(data);
    if (!o.success) throw new PackError(`Lớp bổ sung không hợp lệ: ${issues(o.error)}`);
    return mergePack(base, o.data);
  }
  const p = Pack.safeParse(data);
  if (!p.success) throw new PackError(`Bộ quy tắc không hợp lệ: ${issues(p.error)}`);
  return p.data;
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    throw new PackError('Tệp bộ quy tắc không phải JSON hợp lệ.');
  }
}
function issues(e: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return e.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ');
}
