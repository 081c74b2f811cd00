// The adapters in the order they are tried: the specific portal families, then the generic one.
import { angular } from './angular.ts';
import { dvcqgOld } from './dvcqg-old.ts';
import { formio } from './formio.ts';
import { generic } from './generic.ts';
import { liferay } from './liferay.ts';
import { surveyjs } from './surveyjs.ts';
import type { Adapter, Reg, Scraped } from './types.ts';

export const adapters: Adapter[] = [dvcqgOld, surveyjs, angular, formio, liferay, generic];

/** The first adapter that recognises the page, scraped; null when the page holds no dossier form. */
export function scrapePage(root: ParentNode, reg: Reg): Scraped | null {
  for (const a of adapters) {
    if (!a.detect(root)) continue;
    const s = a.scrape(root, reg);
    if (s.rows.length || s.fields.some((f) => f.required)) return s;
  }
  return null;
}
