// Units (a tree) and bearer tokens (stored as SHA-256 of the secret).
import type { Store } from '../store/types.ts';
import { newSecret, randomHex, sha256Hex } from '../lib/crypto.ts';

export const ROLES = ['clerk', 'inspector', 'legal-editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  tokenId: string;
  role: Role;
  unit: string;
  label: string;
}

export interface Unit {
  id: string;
  parent: string | null;
  name: string;
}

export async function listUnits(store: Store): Promise<Unit[]> {
  return store.all<Unit>('SELECT id, parent, name FROM units ORDER BY id');
}

export async function getUnit(store: Store, id: string): Promise<Unit | null> {
  return store.first<Unit>('SELECT id, parent, name FROM units WHERE id = ?', [id]);
}

/** Create or update a unit. The parent must exist and must not be the unit itself or under it. */
export async function putUnit(store: Store, u: Unit): Promise<'created' | 'updated'> {
  const units = await listUnits(store);
  if (u.parent !== null) {
    if (!units.some((x) => x.id === u.parent)) throw new UnitError('parent_not_found', `Không có đơn vị cấp trên "${u.parent}".`);
    if (subtree(units, u.id).has(u.parent)) throw new UnitError('unit_cycle', 'Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới của nó.');
  }
  const existed = units.some((x) => x.id === u.id);
  await store.run(
    'INSERT INTO units (id, parent, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET parent = excluded.parent, name = excluded.name',
    [u.id, u.parent, u.name],
  );
  return existed ? 'updated' : 'created';
}

export class UnitError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A unit and every unit under it. */
export function subtree(units: readonly Unit[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent) (children.get(u.parent) ?? children.set(u.parent, []).get(u.parent)!).push(u.id);
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export async function unitScope(store: Store, root: string): Promise<Set<string>> {
  return subtree(await listUnits(store), root);
}

export async function createToken(
  store: Store,
  t: { role: Role; unit: string; label?: string },
): Promise<{ id: string; token: string; role: Role; unit: string; label: string; createdAt: string }> {
  const token = newSecret();
  const id = `tk_${randomHex(6)}`;
  const createdAt = new Date().toISOString();
  const label = t.label ?? '';
  await store.run('INSERT INTO tokens (id, hash, role, unit, label, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
    id,
    await sha256Hex(token),
    t.role,
    t.unit,
    label,
    createdAt,
  ]);
  return { id, token, role: t.role, unit: t.unit, label, createdAt };
}

export async function principalFor(store: Store, secret: string): Promise<Principal | null> {
  const row = await store.first<{ id: string; role: Role; unit: string; label: string }>(
    'SELECT id, role, unit, label FROM tokens WHERE hash = ? AND revoked_at IS NULL',
    [await sha256Hex(secret)],
  );
  return row ? { tokenId: row.id, role: row.role, unit: row.unit, label: row.label } : null;
}

export async function listTokens(store: Store, scope: Set<string>) {
  const rows = await store.all<{ id: string; role: Role; unit: string; label: string; created_at: string; revoked_at: string | null }>(
    'SELECT id, role, unit, label, created_at, revoked_at FROM tokens ORDER BY created_at, id',
  );
  return rows
    .filter((r) => scope.has(r.unit))
    .map((r) => ({ id: r.id, role: r.role, unit: r.unit, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revokeToken(store: Store, id: string, scope: Set<string>): Promise<boolean> {
  const row = await store.first<{ unit: string }>('SELECT unit FROM tokens WHERE id = ?', [id]);
  if (!row || !scope.has(row.unit)) return false;
  await store.run('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [new Date().toISOString(), id]);
  return true;
}
