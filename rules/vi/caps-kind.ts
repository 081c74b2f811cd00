// The shared loop of the three capitalisation kinds: every paragraph with text, except header
// lines in capitals and text in a legacy encoding; one observation per place.
import type { Observation, RuleContext } from '../kinds/types.ts';
import type { RuleSpec } from '../pack.ts';
import { locOf } from '../kinds/lib/loc.ts';
import type { CapsIssue } from './capitals.ts';
import { detectLegacyText } from './legacy.ts';
import { excerpt, isCapsLine, textParagraphs, unobservable } from './observe.ts';

export function capsObservations(rule: RuleSpec, { model }: RuleContext, check: (text: string) => CapsIssue[]): Observation[] {
  const blind = unobservable(model);
  if (blind) return [{ status: 'needs_review', found: blind }];
  const max = typeof rule.params.maxFindings === 'number' ? rule.params.maxFindings : 30;
  const obs: Observation[] = [];
  for (const p of textParagraphs(model)) {
    if (isCapsLine(p.text) || detectLegacyText(p.text)) continue;
    const text = p.text.normalize('NFC');
    for (const i of check(text)) {
      if (obs.length >= max) break;
      obs.push({ status: 'fail', found: i.found, expected: i.expected, location: locOf(p, excerpt(text, i.start, i.end)) });
    }
  }
  return obs.length ? obs : [{ status: 'pass' }];
}
