// Streaming XML over one zip part (saxes, no tree). Element and attribute names are handed to
// the handler with canonical prefixes (see ns.ts), so "w:p" means the WordprocessingML paragraph
// whatever prefix or schema (transitional/strict) the file used. DOCTYPE is refused (no entity
// expansion ever happens), nesting depth and the wall-clock deadline are enforced here.
import { SaxesParser } from 'saxes';
import { canonicalPrefix } from './ns.ts';
import { brokenXml, ReadFailure, tooSlow, type ReadCtx } from './errors.ts';

export type Attrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text?(t: string): void;
}

export function decodeXml(bytes: Uint8Array): string {
  // UTF-16 parts are legal (BOM); everything Word writes is UTF-8.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return (utf8 ??= new TextDecoder('utf-8')).decode(bytes);
}

let utf8: TextDecoder | undefined;

export function parseXml(bytes: Uint8Array, part: string, h: XmlHandler, ctx: ReadCtx): void {
  if (Date.now() > ctx.deadline) throw tooSlow(part);
  const parser = new SaxesParser({ xmlns: false, position: false });
  // prefix → canonical prefix; identity while every declared prefix is the usual one.
  const prefixMap = new Map<string, string>();
  let identity = true;
  let defaultW = false;
  const nameCache = new Map<string, string>();
  let depth = 0;
  let count = 0;

  const canonName = (raw: string): string => {
    let c = nameCache.get(raw);
    if (c !== undefined) return c;
    const i = raw.indexOf(':');
    if (i < 0) c = defaultW ? 'w:' + raw : raw;
    else {
      const p = prefixMap.get(raw.slice(0, i));
      c = p === undefined ? raw : p + raw.slice(i);
    }
    nameCache.set(raw, c);
    return c;
  };
  const canonAttrName = (raw: string): string => {
    const i = raw.indexOf(':');
    if (i < 0) return raw;
    const p = prefixMap.get(raw.slice(0, i));
    return p === undefined ? raw : p + raw.slice(i);
  };

  parser.on('doctype', () => {
    throw brokenXml(part, 'DOCTYPE declaration (refused: Word never writes one)');
  });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Attrs;
    if (++depth > ctx.maxXmlDepth) {
      throw new ReadFailure({
        ruleId: 'input.too-large',
        message: 'Tệp .docx có cấu trúc lồng nhau quá sâu, không thể kiểm tra an toàn. Hãy mở bằng Word, lưu lại rồi kiểm tra lại.',
        recognised: 'docx',
        detail: `${part}: XML nesting deeper than ${ctx.maxXmlDepth}`,
      });
    }
    if ((++count & 2047) === 0 && Date.now() > ctx.deadline) throw tooSlow(part);
    // Namespace declarations: on the root, and on inner non-"w:" elements (drawings declare
    // a:, wp:, wps: locally). Skipping the scan on w:* elements keeps the hot path cheap.
    const raw = tag.name;
    if (depth === 1 || raw.charCodeAt(0) !== 119 /* w */ || raw.charCodeAt(1) !== 58 /* : */) for (const k in attrs) {
      if (k.charCodeAt(0) !== 120 /* x */ || !k.startsWith('xmlns')) continue;
      const canon = canonicalPrefix(attrs[k]);
      if (k === 'xmlns') {
        const was = defaultW;
        defaultW = canon === 'w';
        if (was !== defaultW) nameCache.clear();
        continue;
      }
      const p = k.slice(6);
      if (canon === undefined) continue;
      if (prefixMap.get(p) !== canon) {
        prefixMap.set(p, canon);
        nameCache.clear();
        if (canon !== p) identity = false;
      }
    }
    if (identity && !defaultW) {
      h.open(tag.name, attrs);
      return;
    }
    const a: Attrs = {};
    for (const k in attrs) a[canonAttrName(k)] = attrs[k];
    h.open(canonName(tag.name), a);
  });
  parser.on('closetag', (tag) => {
    depth--;
    h.close(identity && !defaultW ? tag.name : canonName(tag.name));
  });
  if (h.text) {
    const t = h.text.bind(h);
    parser.on('text', t);
  }
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    throw brokenXml(part, e instanceof Error ? e.message : String(e));
  }
}

/** Attribute by canonical name, falling back to the unprefixed form some generators write. */
export function at(attrs: Attrs, name: string): string | undefined {
  const v = attrs[name];
  if (v !== undefined) return v;
  const i = name.indexOf(':');
  return i < 0 ? undefined : attrs[name.slice(i + 1)];
}
