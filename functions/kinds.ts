// Pack kinds the registry accepts: kind → zod schema. Generic on purpose: the dossier work adds a
// kind with registerPackKind(kind, Schema) and nothing else changes (procedures came that way).
import type { z } from 'zod';
import { OverlayPack, Pack } from '../rules/pack.ts';
import { ProcedurePack } from '../rules/dossier/catalogue.ts';

/** What the registry needs of any pack kind (all kinds share these header fields). */
export interface PackHeader {
  id: string;
  version: string;
  title: string;
  effectiveFrom: string;
  kind: string;
}

const kinds = new Map<string, z.ZodType<PackHeader>>([
  ['rules', Pack as unknown as z.ZodType<PackHeader>],
  ['overlay', OverlayPack as unknown as z.ZodType<PackHeader>],
  ['procedures', ProcedurePack as unknown as z.ZodType<PackHeader>],
]);

export function registerPackKind(kind: string, schema: z.ZodType<PackHeader>): void {
  kinds.set(kind, schema);
}

export function packSchema(kind: string): z.ZodType<PackHeader> | undefined {
  return kinds.get(kind);
}

export function packKinds(): string[] {
  return [...kinds.keys()];
}
