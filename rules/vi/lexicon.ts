// The set of Vietnamese syllables known to the dictionary (dictionary-vi, via the committed
// syllable-data.ts): one Set lookup per word, built once on first use.
import { SYLLABLE_GROUPS } from './syllable-data.ts';

let known: Set<string> | null = null;

function load(): Set<string> {
  const set = new Set<string>();
  for (const group of SYLLABLE_GROUPS.split(' ')) {
    let i = group.length;
    while (i > 0 && group.charCodeAt(i - 1) >= 48 && group.charCodeAt(i - 1) <= 53) i--;
    const plain = group.slice(0, i);
    for (let j = i; j < group.length; j++) set.add(plain + group[j]);
  }
  return set;
}

/** Is this key (toneless syllable + tone digit, as Syllable.key) a known syllable? */
export function isKnownKey(key: string): boolean {
  known ??= load();
  return known.has(key);
}

export function knownCount(): number {
  known ??= load();
  return known.size;
}
