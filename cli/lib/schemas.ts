// JSON Schemas of the pack, overlay and report, made from the zod schemas (rules/pack.ts, rules/report.ts).
// `npx tsx cli/lib/schemas.ts` rewrites rules/schemas/*.schema.json; test/rules/schemas.test.ts checks they are current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { overlayJsonSchema, packJsonSchema } from '../../rules/pack.ts';
import { reportJsonSchema } from '../../rules/report.ts';

export const schemaDir = join(import.meta.dirname, '..', '..', 'rules', 'schemas');

export function schemaFiles(): Record<string, string> {
  const txt = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
  return {
    'pack.schema.json': txt(packJsonSchema()),
    'overlay.schema.json': txt(overlayJsonSchema()),
    'report.schema.json': txt(reportJsonSchema()),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, text] of Object.entries(schemaFiles())) writeFileSync(join(schemaDir, name), text);
  console.error(`Đã ghi ${Object.keys(schemaFiles()).length} JSON Schema vào ${schemaDir}`);
}
