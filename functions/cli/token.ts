// `npm run token -- create --role clerk --unit xa-z [--parent huyen-y] [--label "Văn thư"]`
// `npm run token -- list` · `npm run token -- revoke <id>` · `npm run token -- unit <id> [--parent p] [--name n]`
// Works on DATA_DIR's SQLite (default ./.data). Prints the secret once; only its hash is stored.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ROLES, createToken, getUnit, listTokens, listUnits, putUnit, revokeToken, type Role } from '../repo/access.ts';
import { openStore } from '../node.ts';

const USAGE = `Cách dùng:
  npm run token -- create --role <${ROLES.join('|')}> --unit <mã đơn vị> [--parent <đơn vị cấp trên>] [--label <ghi chú>]
  npm run token -- list
  npm run token -- revoke <mã>
  npm run token -- unit <mã đơn vị> [--parent <đơn vị cấp trên>] [--name <tên>]`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, unit: { type: 'string' }, parent: { type: 'string' }, label: { type: 'string' }, name: { type: 'string' } },
  });
  const [cmd, arg] = positionals;
  const { store, file } = await openStore(resolve(process.env.DATA_DIR || './.data'));
  try {
    const ensureUnit = async (id: string, parent?: string, name?: string) => {
      if (parent && !(await getUnit(store, parent))) await putUnit(store, { id: parent, parent: null, name: '' });
      const had = await getUnit(store, id);
      if (!had || parent !== undefined || name !== undefined) await putUnit(store, { id, parent: parent ?? had?.parent ?? null, name: name ?? had?.name ?? '' });
    };
    if (cmd === 'create') {
      if (!values.role || !(ROLES as readonly string[]).includes(values.role) || !values.unit) throw new Error(USAGE);
      await ensureUnit(values.unit, values.parent);
      const t = await createToken(store, { role: values.role as Role, unit: values.unit, label: values.label });
      console.error(`Đã tạo mã truy cập ${t.id} (vai trò ${t.role}, đơn vị ${t.unit}) trong ${file}. Mã chỉ hiện một lần:`);
      console.log(t.token);
    } else if (cmd === 'list') {
      const units = await listUnits(store);
      for (const t of await listTokens(store, new Set(units.map((u) => u.id))))
        console.log(`${t.id}\t${t.role}\t${t.unit}\t${t.revokedAt ? 'đã thu hồi' : 'đang dùng'}\t${t.label}`);
    } else if (cmd === 'revoke' && arg) {
      const ok = await revokeToken(store, arg, new Set((await listUnits(store)).map((u) => u.id)));
      if (!ok) throw new Error(`Không có mã truy cập ${arg}.`);
      console.log(`Đã thu hồi ${arg}.`);
    } else if (cmd === 'unit' && arg) {
      await ensureUnit(arg, values.parent, values.name);
      console.log(`Đơn vị ${arg}${values.parent ? ` thuộc ${values.parent}` : ''}.`);
    } else throw new Error(USAGE);
  } finally {
    store.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
