// Typed access to a rule's params (the pack is data; kinds read values, never hard-code them).
import type { Range, RuleSpec } from '../../pack.ts';

export function range(rule: RuleSpec, name: string, dflt?: Range): Range | undefined {
  const v = rule.params[name];
  if (v && typeof v === 'object' && !Array.isArray(v) && ('min' in v || 'max' in v)) return v as Range;
  return dflt;
}
export function num(rule: RuleSpec, name: string, dflt: number): number {
  const v = rule.params[name];
  return typeof v === 'number' ? v : dflt;
}
export function str(rule: RuleSpec, name: string, dflt = ''): string {
  const v = rule.params[name];
  return typeof v === 'string' ? v : dflt;
}
export function bool(rule: RuleSpec, name: string): boolean | undefined {
  const v = rule.params[name];
  return typeof v === 'boolean' ? v : undefined;
}
export function list(rule: RuleSpec, name: string): string[] {
  const v = rule.params[name];
  return Array.isArray(v) ? v.map(String) : [];
}
export function record(rule: RuleSpec, name: string): Record<string, string> {
  const v = rule.params[name];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
}
