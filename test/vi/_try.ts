import { readFileSync, readdirSync } from 'node:fs';
import { checkDocument } from '../../rules/check.ts';
import { Pack } from '../../rules/pack.ts';
const pack = Pack.parse(JSON.parse(readFileSync('rules/packs/nd30.json', 'utf8')));
const MINE = /^(vi\.|nd30\.viet-hoa|nd30\.font\.unicode|nd30\.text\.nfc)/;
const dir = 'test/fixtures/vi/out/';
for (const f of readdirSync(dir).sort()) {
  const r = await checkDocument(new Uint8Array(readFileSync(dir + f)), pack, { file: f });
  const mine = r.findings.filter((x) => MINE.test(x.ruleId));
  console.log('==', f, r.docType?.code, mine.length);
  for (const x of mine) console.log('  ', x.ruleId, x.status, '|', x.message, '|', x.location?.text);
}
