// The committed syllable set is exactly what rules/vi/build/syllables.ts makes from dictionary-vi.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, buildSyllableData, dictionaryText } from '../../rules/vi/build/syllables.ts';

describe('rules/vi/syllable-data.ts', () => {
  it('is the output of the build script over dictionary-vi', async () => {
    const { source, count, skipped } = buildSyllableData(await dictionaryText());
    expect(readFileSync(OUT, 'utf8')).toBe(source);
    expect(count).toBeGreaterThan(6000);
    // Only abbreviations, foreign words and a handful of oddities of the dictionary fall outside the model.
    expect(skipped.length).toBeLessThan(60);
  });
});
