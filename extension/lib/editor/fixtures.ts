// Each rule's example documents (names in test/fixtures/nd30/out/, made by `npm run fixtures`):
// the files with its planted fault, and the clean files that pass it. The extension only knows the
// names; the editor attaches the files to the side-by-side test (nothing is read from disk by itself).
import data from './fixture-map.json' with { type: 'json' };

export type FixtureMap = Record<string, { fail: string[]; pass: string[] }>;

export const FIXTURE_DIR = 'test/fixtures/nd30/out/';
export const fixtureMap: FixtureMap = data as FixtureMap;

export function examplesOf(ruleId: string): { fail: string[]; pass: string[] } {
  return fixtureMap[ruleId] ?? { fail: [], pass: [] };
}
