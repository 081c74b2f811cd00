// Headers and footers per section: Word inherits a missing reference from the previous section,
// so each section lists the parts that actually show on its pages.
import type { HeaderFooter, Paragraph } from '../../model.ts';
import type { ReadCtx } from './errors.ts';
import type { Rel } from './rels.ts';
import { getPart } from './rels.ts';
import type { Parts } from './zip.ts';
import type { SectProps } from './section.ts';
import { walkStory, type StoryEnv } from './body.ts';

type Kind = 'default' | 'first' | 'even';
const KINDS: Kind[] = ['default', 'first', 'even'];

export function headersFooters(
  sects: SectProps[],
  rels: Map<string, Rel>,
  parts: Parts,
  env: StoryEnv,
  ctx: ReadCtx,
  notes: string[],
  evenAndOdd: boolean,
): { headers: HeaderFooter[]; footers: HeaderFooter[] }[] {
  const cache = new Map<string, { paragraphs: Paragraph[]; fields: string[] } | null>();
  const load = (rid: string, container: 'header' | 'footer') => {
    const rel = rels.get(rid);
    if (!rel || !rel.target) return null;
    const key = `${container}:${rel.target}:${env.pageNumber?.fmt ?? ''}:${env.pageNumber?.start ?? ''}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const bytes = getPart(parts, rel.target);
    let out: { paragraphs: Paragraph[]; fields: string[] } | null = null;
    if (bytes) {
      const r = walkStory(bytes, rel.target, container, env, ctx);
      out = { paragraphs: r.paragraphs.filter(Boolean), fields: r.fields };
    } else notes.push(`missing ${container} part ${rel.target}`);
    cache.set(key, out);
    return out;
  };
  const inheritedH: Partial<Record<Kind, string>> = {};
  const inheritedF: Partial<Record<Kind, string>> = {};
  return sects.map((s, index) => {
    env.pageNumber = { fmt: s.pgFmt, start: s.pgStart };
    for (const k of KINDS) {
      if (s.headers[k]) inheritedH[k] = s.headers[k];
      if (s.footers[k]) inheritedF[k] = s.footers[k];
    }
    const build = (refs: Partial<Record<Kind, string>>, container: 'header' | 'footer'): HeaderFooter[] => {
      const out: HeaderFooter[] = [];
      for (const k of KINDS) {
        if (k === 'even' && !evenAndOdd) continue;
        const rid = refs[k];
        if (!rid) continue;
        const hf = load(rid, container);
        if (!hf) continue;
        out.push({ type: k, paragraphs: hf.paragraphs.map((p) => (p.section === index ? p : { ...p, section: index })), fields: hf.fields });
      }
      return out;
    };
    return { headers: build(inheritedH, 'header'), footers: build(inheritedF, 'footer') };
  });
}
