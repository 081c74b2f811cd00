// Package relationships (_rels/*.rels) and part lookup (OPC part names are case-insensitive).
import type { Parts } from './zip.ts';
import { parseXml, at } from './xml.ts';
import type { ReadCtx } from './errors.ts';

export interface Rel {
  type: string;
  /** Part name inside the zip, resolved against the source part; '' for external targets. */
  target: string;
}

export function getPart(parts: Parts, name: string): Uint8Array | undefined {
  const p = parts.get(name);
  if (p) return p;
  const lower = name.toLowerCase();
  for (const [k, v] of parts) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Relationships of `source` ('' for the package itself). */
export function readRels(parts: Parts, source: string, ctx: ReadCtx): Map<string, Rel> {
  const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const file = source.slice(dir.length);
  const relsName = `${dir}_rels/${file}.rels`;
  const bytes = getPart(parts, relsName);
  const rels = new Map<string, Rel>();
  if (!bytes) return rels;
  parseXml(
    bytes,
    relsName,
    {
      open(name, a) {
        if (name !== 'Relationship' && !name.endsWith(':Relationship')) return;
        const id = at(a, 'Id') ?? '';
        const external = (at(a, 'TargetMode') ?? '') === 'External';
        rels.set(id, { type: at(a, 'Type') ?? '', target: external ? '' : resolve(source, at(a, 'Target') ?? '') });
      },
      close() {},
    },
    ctx,
  );
  return rels;
}

/** First relationship whose type ends with `/suffix` (works for transitional and strict type URIs). */
export function relOfType(rels: Map<string, Rel>, suffix: string): Rel | undefined {
  for (const r of rels.values()) if (r.type.endsWith('/' + suffix)) return r;
  return undefined;
}
