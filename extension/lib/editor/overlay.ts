// Overlays (a province's or agency's changes to a base pack) are edited on the merged rules and
// stored as only what differs from the base; a change undone removes its entry.
import type { Pack, RuleSpec } from '../../../rules/pack.ts';
import { same } from '../../../rules/pack-diff.ts';
import type { Content } from './draft.ts';

type Override = Partial<RuleSpec> & { id: string };
const OVERRIDABLE = ['enabled', 'severity', 'message', 'legalRef', 'fix', 'appliesTo'] as const;

/** The rules an editor sees: the pack's own, or the base's with the overlay's changes on top. */
export function visibleRules(content: Content, base: Pack | null): RuleSpec[] {
  if (content.kind !== 'overlay' || !base) return content.rules as RuleSpec[];
  const byId = new Map((content.rules as Override[]).map((o) => [o.id, o]));
  return base.rules.map((r) => {
    const o = byId.get(r.id);
    return o ? ({ ...r, ...o, params: { ...r.params, ...(o.params ?? {}) } } as RuleSpec) : r;
  });
}

/** An edited rule written back into the content (an overlay keeps only what differs from the base). */
export function withRule(content: Content, base: Pack | null, rule: RuleSpec): Content {
  if (content.kind !== 'overlay' || !base) return { ...content, rules: (content.rules as RuleSpec[]).map((r) => (r.id === rule.id ? rule : r)) };
  const b = base.rules.find((r) => r.id === rule.id)!;
  const o: Override = { id: rule.id };
  for (const k of OVERRIDABLE) if (!same(b[k], rule[k])) (o as Record<string, unknown>)[k] = rule[k];
  const params = Object.fromEntries(Object.entries(rule.params).filter(([k, v]) => !same(b.params[k], v)));
  if (Object.keys(params).length) o.params = params;
  const others = (content.rules as Override[]).filter((x) => x.id !== rule.id);
  const keep = Object.keys(o).length > 1;
  const order = base.rules.map((r) => r.id);
  return { ...content, rules: [...others, ...(keep ? [o] : [])].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id)) };
}

