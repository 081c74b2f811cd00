// nd30.text.nfc: Vietnamese stored decomposed (NFD combining marks) instead of precomposed.
import type { Observation, RuleKind } from './types.ts';
import { num } from './lib/params.ts';
import { locOf } from './lib/loc.ts';
import { findDecomposed } from '../vi/nfc.ts';
import { unobservable } from '../vi/observe.ts';

export const textNfc: RuleKind = {
  name: 'text-nfc',
  description: 'Chữ tiếng Việt lưu ở dạng tổ hợp (dấu rời, Unicode NFD) thay vì dựng sẵn (NFC).',
  evaluate(rule, { model }) {
    const blind = unobservable(model);
    if (blind) return [{ status: 'needs_review', found: blind }];
    const max = num(rule, 'maxFindings', 20);
    const obs: Observation[] = [];
    for (const p of model.paragraphs) {
      const found = findDecomposed(p.text);
      if (!found.length || obs.length >= max) continue;
      const words = found.slice(0, 5).map((d) => d.nfc).join(', ');
      obs.push({
        status: 'fail',
        found: `${found.length} từ dấu rời: ${words}${found.length > 5 ? ', …' : ''}`,
        expected: 'Unicode dựng sẵn (NFC)',
        location: locOf(p, p.text.normalize('NFC')),
        vars: { count: found.length },
      });
    }
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
