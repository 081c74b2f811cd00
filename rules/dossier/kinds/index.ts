// The dossier rule kinds by name (the `kind` of each rule in rules/packs/tthc.json).
import type { DossierKind } from '../context.ts';
import { count } from './count.ts';
import { excess } from './excess.ts';
import { fieldEmpty } from './field-empty.ts';
import { fieldFormat } from './field-format.ts';
import { missing } from './missing.ts';
import { outdated } from './outdated.ts';
import { placeholder } from './placeholder.ts';
import { presentOnly } from './present-only.ts';
import { unreadable } from './unreadable.ts';

export const dossierKinds: Record<string, DossierKind> = Object.fromEntries(
  [missing, excess, outdated, presentOnly, count, unreadable, fieldEmpty, placeholder, fieldFormat].map((k) => [k.name, k]),
);
