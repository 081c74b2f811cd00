// The API suite, written once: test/functions/api.test.ts runs it on Node + a SQLite file,
// test/workers/api.test.ts runs it inside workerd against D1.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import procedures from '../../rules/packs/procedures/commune.json' with { type: 'json' };
import { nd30Pack } from '../../rules/packs/index.ts';
import { createApp } from '../../functions/app.ts';
import type { Config } from '../../functions/context.ts';
import { sha256Hex } from '../../functions/lib/crypto.ts';
import { OPERATIONS } from '../../functions/openapi.ts';
import { createToken, putUnit, type Role } from '../../functions/repo/access.ts';
import type { Store } from '../../functions/store/types.ts';
import { client, sha, summary, testPack, uid } from './helpers.ts';

export interface SuiteTarget {
  name: string;
  store: () => Store;
}

const ROLES: Role[] = ['clerk', 'inspector', 'legal-editor', 'admin'];

export function apiSuite(target: SuiteTarget) {
  let store: Store;
  let api: ReturnType<typeof client>;
  const tok: Record<Role, string> = {} as Record<Role, string>;
  let clerkXa: string, inspectorHuyen: string, adminHuyen: string;
  const app = (cfg: Partial<Config> = {}) => {
    const a = createApp(store, cfg);
    return client((r) => Promise.resolve(a.fetch(r)));
  };

  beforeAll(async () => {
    store = target.store();
    api = app();
    await putUnit(store, { id: 'tinh-x', parent: null, name: 'Tỉnh X' });
    await putUnit(store, { id: 'huyen-y', parent: 'tinh-x', name: 'Huyện Y' });
    await putUnit(store, { id: 'xa-z', parent: 'huyen-y', name: 'Xã Z' });
    await putUnit(store, { id: 'huyen-w', parent: 'tinh-x', name: 'Huyện W' });
    for (const r of ROLES) tok[r] = (await createToken(store, { role: r, unit: 'tinh-x', label: `${r}@tinh-x` })).token;
    clerkXa = (await createToken(store, { role: 'clerk', unit: 'xa-z' })).token;
    inspectorHuyen = (await createToken(store, { role: 'inspector', unit: 'huyen-y' })).token;
    adminHuyen = (await createToken(store, { role: 'admin', unit: 'huyen-y' })).token;
  });

  /** A fresh leaf unit under huyen-y, so each stats test counts only its own documents. */
  const leaf = async (parent = 'huyen-y') => {
    const id = uid('xa');
    await putUnit(store, { id, parent, name: '' });
    return id;
  };
  const ingest = (summaries: unknown[], token = tok.admin) => api('POST', '/v1/checks', { token, body: { summaries } });

  describe(`${target.name}: service`, () => {
    it('answers health and serves an OpenAPI document naming every route', async () => {
      const h = await api('GET', '/v1/health');
      expect(h.status).toBe(200);
      const o = await api('GET', '/v1/openapi.json');
      expect(o.status).toBe(200);
      expect(o.json.openapi).toBe('3.1.0');
      const mounted = createApp(store)
        .routes.filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
      const documented = Object.entries(o.json.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
      expect(new Set(documented)).toEqual(new Set(mounted));
      expect(o.json.paths['/v1/checks'].post.requestBody.content['application/json'].schema.properties.summaries).toBeTruthy();
    });

    it('allows the extension origins by CORS and no others', async () => {
      for (const origin of ['chrome-extension://abcdefghijklmnop', 'moz-extension://1234-abcd']) {
        const r = await api('OPTIONS', '/v1/checks', { headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
        expect(r.headers.get('access-control-allow-origin')).toBe(origin);
        expect(r.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
      }
      const bad = await api('OPTIONS', '/v1/checks', { headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
      expect(bad.headers.get('access-control-allow-origin')).toBeNull();
      const extra = await app({ corsOrigins: ['https://qlvb.tinh-x.gov.vn'] })('GET', '/v1/packs', { headers: { Origin: 'https://qlvb.tinh-x.gov.vn' } });
      expect(extra.headers.get('access-control-allow-origin')).toBe('https://qlvb.tinh-x.gov.vn');
    });

    it('answers unknown paths and bad JSON with a code and a Vietnamese message', async () => {
      const nf = await api('GET', '/v1/nope');
      expect(nf.status).toBe(404);
      expect(nf.json.error.code).toBe('not_found');
      const bj = await api('POST', '/v1/checks', { token: tok.clerk, body: '{"summaries": [' });
      expect(bj.status).toBe(400);
      expect(bj.json.error).toMatchObject({ code: 'invalid_json' });
      expect(bj.json.error.message).toMatch(/không phải JSON/);
    });
  });

  describe(`${target.name}: access`, () => {
    it('stores tokens hashed, refuses wrong and revoked tokens', async () => {
      const t = await createToken(store, { role: 'clerk', unit: 'xa-z', label: 'thu hồi' });
      const row = await store.first<{ hash: string }>('SELECT hash FROM tokens WHERE id = ?', [t.id]);
      expect(row!.hash).toBe(await sha256Hex(t.token));
      expect(JSON.stringify(await store.all('SELECT * FROM tokens'))).not.toContain(t.token);
      expect((await api('GET', '/v1/me', { token: t.token })).json).toMatchObject({ role: 'clerk', unit: 'xa-z', units: ['xa-z'] });
      expect((await api('GET', '/v1/me', { token: 'nd30_wrong' })).status).toBe(401);
      expect((await api('DELETE', `/v1/tokens/${t.id}`, { token: tok.admin })).status).toBe(200);
      const after = await api('GET', '/v1/me', { token: t.token });
      expect(after.status).toBe(401);
      expect(after.json.error.code).toBe('invalid_token');
    });

    it('scopes a token to its unit and the units under it', async () => {
      const me = await api('GET', '/v1/me', { token: inspectorHuyen });
      expect(me.json.units).toEqual(['huyen-y', 'xa-z'].concat(me.json.units.filter((u: string) => u.startsWith('xa-') && u !== 'xa-z')).sort());
      expect(me.json.units).not.toContain('huyen-w');
      const units = await api('GET', '/v1/units', { token: tok.clerk });
      expect(units.json.units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(['tinh-x', 'huyen-y', 'xa-z', 'huyen-w']));
    });

    it('lets admins manage units and tokens only inside their subtree', async () => {
      const id = uid('xa');
      expect((await api('PUT', `/v1/units/${id}`, { token: adminHuyen, body: { parent: 'huyen-y', name: 'Xã mới' } })).status).toBe(201);
      expect((await api('PUT', `/v1/units/${uid('xa')}`, { token: adminHuyen, body: { parent: 'huyen-w', name: '' } })).status).toBe(403);
      const cyc = await api('PUT', '/v1/units/huyen-y', { token: tok.admin, body: { parent: 'xa-z', name: 'Huyện Y' } });
      expect(cyc.status).toBe(400);
      expect(cyc.json.error.problems[0].path).toBe('parent');
      const made = await api('POST', '/v1/tokens', { token: adminHuyen, body: { role: 'clerk', unit: id, label: 'văn thư' } });
      expect(made.status).toBe(201);
      expect(made.json.token).toMatch(/^nd30_/);
      expect((await api('GET', '/v1/me', { token: made.json.token })).json.unit).toBe(id);
      expect((await api('POST', '/v1/tokens', { token: adminHuyen, body: { role: 'admin', unit: 'tinh-x' } })).status).toBe(403);
      const bad = await api('POST', '/v1/tokens', { token: tok.admin, body: { role: 'boss', unit: 'xa-z' } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.problems.map((p: { path: string }) => p.path)).toEqual(['role']);
      const list = await api('GET', '/v1/tokens', { token: adminHuyen });
      expect(list.json.tokens.every((t: { unit: string }) => t.unit !== 'tinh-x')).toBe(true);
      expect(JSON.stringify(list.json)).not.toMatch(/nd30_/);
    });

    // Expected access, written independently of the app: which roles may call what.
    const P = 'public', ANY = 'any';
    const MATRIX: [string, string, string | Role[]][] = [
      ['GET', '/v1/health', P],
      ['GET', '/v1/openapi.json', P],
      ['GET', '/v1/packs', P],
      ['GET', '/v1/packs/nd30', P],
      ['GET', '/v1/packs/nd30/versions', P],
      ['GET', '/v1/packs/nd30/versions/2026.1.0', P],
      ['POST', '/v1/packs/nd30/versions', ['legal-editor', 'admin']],
      ['POST', '/v1/packs/nd30/rollback', ['legal-editor', 'admin']],
      ['GET', '/v1/packs/nd30/audit', ['legal-editor', 'inspector', 'admin']],
      ['POST', '/v1/checks', ['clerk', 'admin']],
      ['GET', '/v1/stats', ['inspector', 'legal-editor', 'admin']],
      ['GET', '/v1/stats/trend', ['inspector', 'legal-editor', 'admin']],
      ['GET', '/v1/stats/dashboard', ['inspector', 'legal-editor', 'admin']],
      ['POST', '/v1/inspections', ['inspector', 'admin']],
      ['GET', '/v1/inspections', ['inspector', 'admin']],
      ['GET', '/v1/inspections/ins_none', ['inspector', 'admin']],
      ['PUT', '/v1/inspections/ins_none/items/0', ['inspector', 'admin']],
      ['GET', '/v1/inspections/ins_none/summary', ['inspector', 'admin']],
      ['GET', '/v1/me', ANY],
      ['GET', '/v1/units', ANY],
      ['PUT', '/v1/units/xa-matrix', ['admin']],
      ['GET', '/v1/tokens', ['admin']],
      ['POST', '/v1/tokens', ['admin']],
      ['DELETE', '/v1/tokens/tk_none', ['admin']],
    ];

    it('covers every documented route in the authorization matrix', () => {
      const documented = OPERATIONS.map((o) => `${o.method.toUpperCase()} ${o.path}`);
      const tested = MATRIX.map(([m, p]) =>
        `${m} ${p.replace(/\/packs\/nd30/, '/packs/{id}').replace(/versions\/2026\.1\.0/, 'versions/{version}').replace(/ins_none/, '{id}').replace(/items\/0/, 'items/{pos}').replace(/units\/xa-matrix/, 'units/{id}').replace(/tk_none/, '{id}')}`,
      );
      expect(new Set(tested)).toEqual(new Set(documented));
    });

    for (const [method, path, who] of MATRIX) {
      it(`${method} ${path}: ${who === P ? 'public' : who === ANY ? 'any token' : (who as Role[]).join(', ')}`, async () => {
        // Bodies are deliberately invalid (empty object) so an allowed call changes nothing: 400/404 means "let in".
        const body = method === 'GET' || method === 'DELETE' ? undefined : {};
        const anon = await api(method, path, { body });
        if (who === P) expect(anon.status).not.toBe(401);
        else {
          expect(anon.status).toBe(401);
          expect(anon.json.error.code).toBe('unauthorized');
        }
        for (const role of ROLES) {
          const r = await api(method, path, { token: tok[role], body });
          const allowed = who === P || who === ANY || (who as Role[]).includes(role);
          if (allowed) expect([401, 403], `${role} should be let in`).not.toContain(r.status);
          else {
            expect(r.status, `${role} should be refused`).toBe(403);
            expect(r.json.error.code).toBe('forbidden');
          }
        }
      });
    }
  });

  describe(`${target.name}: rule-set registry`, () => {
    it('lists the seeded ND30 pack and serves it with ETag and cache headers; If-None-Match gives 304', async () => {
      const list = await api('GET', '/v1/packs');
      expect(list.json.packs).toContainEqual(expect.objectContaining({ id: 'nd30', version: nd30Pack.version, kind: 'rules', mode: 'enforce' }));
      const cur = await api('GET', '/v1/packs/nd30');
      expect(cur.status).toBe(200);
      expect(cur.json.pack.rules.length).toBe(nd30Pack.rules.length);
      const etag = cur.headers.get('etag')!;
      expect(etag).toMatch(/^"nd30\.\d+\./);
      expect(cur.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const again = await api('GET', '/v1/packs/nd30', { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect((await api('GET', '/v1/packs/nd30', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
      expect((await api('GET', '/v1/packs/nope')).status).toBe(404);
    });

    it('refuses an invalid pack with the exact path of every problem', async () => {
      const bad = testPack('bad-pack', '1.0.0', '2026-01-01') as any;
      bad.rules[0].severity = 'fatal';
      bad.rules[1].id = 'NOT AN ID';
      bad.fileName = 'x.json';
      delete bad.title;
      const r = await api('POST', '/v1/packs/bad-pack/versions', { token: tok['legal-editor'], body: { pack: bad, note: 'thử' } });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('invalid_input');
      const paths = r.json.error.problems.map((p: { path: string }) => p.path).sort();
      expect(paths).toEqual(['pack.fileName', 'pack.rules.0.severity', 'pack.rules.1.id', 'pack.title']);
      for (const p of r.json.error.problems) expect(p.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/i);
      const dup = testPack('bad-pack', '1.0.0', '2026-01-01', ['t.a.b', 't.a.b']);
      expect((await api('POST', '/v1/packs/bad-pack/versions', { token: tok.admin, body: { pack: dup, note: 'x' } })).json.error.problems[0].path).toBe('pack.rules.1.id');
      const noNote = await api('POST', '/v1/packs/bad-pack/versions', { token: tok.admin, body: { pack: testPack('bad-pack', '1.0.0', '2026-01-01'), mode: 'loud' } });
      expect(noNote.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['mode', 'note']);
      const kind = await api('POST', '/v1/packs/bad-pack/versions', { token: tok.admin, body: { pack: { ...testPack('bad-pack', '1.0.0', '2026-01-01'), kind: 'spells' }, note: 'x' } });
      expect(kind.json.error.problems[0].path).toBe('pack.kind');
      const mismatch = await api('POST', '/v1/packs/other-id/versions', { token: tok.admin, body: { pack: testPack('bad-pack', '1.0.0', '2026-01-01'), note: 'x' } });
      expect(mismatch.json.error.problems[0].path).toBe('pack.id');
      expect((await api('GET', '/v1/packs/bad-pack')).status).toBe(404);
    });

    it('publishes versions with If-Match, keeps them immutable, audits who/when/note/changes, and answers "in force at"', async () => {
      const id = uid('p').toLowerCase();
      const ed = tok['legal-editor'];
      const v1 = await api('POST', `/v1/packs/${id}/versions`, { token: ed, body: { pack: testPack(id, '1.0.0', '2026-01-01'), note: 'Ban hành lần đầu' } });
      expect(v1.status).toBe(201);
      expect(v1.json.published).toMatchObject({ rev: 1, version: '1.0.0', by: 'legal-editor@tinh-x', note: 'Ban hành lần đầu' });
      const etag1 = v1.headers.get('etag')!;

      const next = testPack(id, '1.1.0', '2026-06-01', ['t.page.margin', 't.font.name']);
      next.rules[0]!.severity = 'warning';
      const noIf = await api('POST', `/v1/packs/${id}/versions`, { token: ed, body: { pack: next, note: 'Sửa' } });
      expect(noIf.status).toBe(428);
      const v2 = await api('POST', `/v1/packs/${id}/versions`, { token: ed, body: { pack: next, note: 'Sửa lề' }, headers: { 'If-Match': etag1 } });
      expect(v2.status).toBe(201);
      expect(v2.json.published.changed).toEqual({ added: ['t.font.name'], removed: ['t.font.size'], modified: ['t.page.margin'] });
      const stale = await api('POST', `/v1/packs/${id}/versions`, {
        token: ed,
        body: { pack: testPack(id, '1.2.0', '2026-07-01'), note: 'Cũ' },
        headers: { 'If-Match': etag1 },
      });
      expect(stale.status).toBe(412);
      expect(stale.json.error.code).toBe('precondition_failed');

      // Same version number, different content: refused, versions never change.
      const mutate = await api('POST', `/v1/packs/${id}/versions`, {
        token: ed,
        body: { pack: testPack(id, '1.0.0', '2026-02-01'), note: 'Sửa trộm' },
        headers: { 'If-Match': v2.headers.get('etag')! },
      });
      expect(mutate.status).toBe(409);
      expect(mutate.json.error.code).toBe('version_immutable');
      const old = await api('GET', `/v1/packs/${id}/versions/1.0.0`);
      expect(old.json.pack.effectiveFrom).toBe('2026-01-01');
      expect(old.headers.get('cache-control')).toMatch(/immutable/);

      expect((await api('GET', `/v1/packs/${id}?at=2026-03-01`)).json.version).toBe('1.0.0');
      expect((await api('GET', `/v1/packs/${id}?at=2026-06-01`)).json.version).toBe('1.1.0');
      expect((await api('GET', `/v1/packs/${id}?at=2025-12-31`)).status).toBe(404);
      const badAt = await api('GET', `/v1/packs/${id}?at=hôm-nay`);
      expect(badAt.status).toBe(400);
      expect(badAt.json.error.problems[0].path).toBe('at');

      // Observe mode: same content, now only counted.
      const obs = await api('POST', `/v1/packs/${id}/versions`, {
        token: ed,
        body: { pack: next, note: 'Chạy thử', mode: 'observe' },
        headers: { 'If-Match': v2.headers.get('etag')! },
      });
      expect(obs.status).toBe(201);
      const cur = await api('GET', `/v1/packs/${id}`);
      expect(cur.json).toMatchObject({ version: '1.1.0', mode: 'observe', rev: 3 });
      expect(cur.headers.get('x-pack-mode')).toBe('observe');

      // Rollback = publish the old content again; 1.1.0 stops being in force.
      const rb = await api('POST', `/v1/packs/${id}/rollback`, { token: tok.admin, body: { to: '1.0.0', note: 'Quay lại' }, headers: { 'If-Match': cur.headers.get('etag')! } });
      expect(rb.status).toBe(201);
      expect(rb.json.published).toMatchObject({ action: 'rollback', rollbackTo: 1, version: '1.0.0', rev: 4, mode: 'enforce' });
      const after = await api('GET', `/v1/packs/${id}`);
      expect(after.json).toMatchObject({ version: '1.0.0', rev: 4 });
      expect(after.json.pack).toEqual(old.json.pack);
      expect((await api('GET', `/v1/packs/${id}?at=2026-08-01`)).json.version).toBe('1.0.0');
      expect((await api('POST', `/v1/packs/${id}/rollback`, { token: tok.admin, body: { to: '9.9.9', note: 'x' }, headers: { 'If-Match': '*' } })).status).toBe(404);

      const audit = await api('GET', `/v1/packs/${id}/audit`, { token: tok.inspector });
      expect(audit.json.audit.map((a: { rev: number; action: string; by: string }) => [a.rev, a.action, a.by])).toEqual([
        [4, 'rollback', 'admin@tinh-x'],
        [3, 'publish', 'legal-editor@tinh-x'],
        [2, 'publish', 'legal-editor@tinh-x'],
        [1, 'publish', 'legal-editor@tinh-x'],
      ]);
      expect(audit.json.audit[0].changed).toEqual({ added: ['t.font.size'], removed: ['t.font.name'], modified: ['t.page.margin'] });
      for (const a of audit.json.audit) expect(Date.parse(a.at)).toBeGreaterThan(0);
      const versions = await api('GET', `/v1/packs/${id}/versions`);
      expect(versions.json.versions.map((v: { version: string }) => v.version)).toEqual(['1.0.0', '1.1.0', '1.1.0', '1.0.0']);
    });

    it('gives 412 to the loser when two editors publish on the same ETag at once', async () => {
      const id = uid('race').toLowerCase();
      const first = await api('POST', `/v1/packs/${id}/versions`, { token: tok.admin, body: { pack: testPack(id, '1.0.0', '2026-01-01'), note: 'a' } });
      const etag = first.headers.get('etag')!;
      const [a, b] = await Promise.all(
        ['2.0.0', '3.0.0'].map((v) =>
          api('POST', `/v1/packs/${id}/versions`, { token: tok['legal-editor'], body: { pack: testPack(id, v, '2026-02-01'), note: v }, headers: { 'If-Match': etag } }),
        ),
      );
      expect([a!.status, b!.status].sort()).toEqual([201, 412]);
      const hist = await api('GET', `/v1/packs/${id}/versions`);
      expect(hist.json.versions).toHaveLength(2);
    });

    it('keeps other pack kinds (the procedure catalogue) in the same registry', async () => {
      const r = await api('POST', `/v1/packs/${procedures.id}/versions`, { token: tok['legal-editor'], body: { pack: procedures, note: 'Danh mục TTHC cấp xã' } });
      expect(r.status).toBe(201);
      const got = await api('GET', `/v1/packs/${procedures.id}`);
      expect(got.json.kind).toBe('procedures');
      expect(got.json.pack.procedures.length).toBe(procedures.procedures.length);
      const broken = { ...procedures, version: '2026.2.0', procedures: [{ code: 'X' }] };
      const bad = await api('POST', `/v1/packs/${procedures.id}/versions`, { token: tok.admin, body: { pack: broken, note: 'x' }, headers: { 'If-Match': got.headers.get('etag')! } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.problems.every((p: { path: string }) => p.path.startsWith('pack.procedures.0.'))).toBe(true);
    });
  });

  describe(`${target.name}: statistics`, () => {
    it('refuses payloads carrying text or file names, naming each field', async () => {
      const unit = await leaf();
      const s = summary({ unit, doc: 1 }) as Record<string, unknown>;
      s.fileName = 'quyet-dinh.docx';
      const t = summary({ unit, doc: 2, counts: { 'nd30.page.margin': { fail: 1, needsReview: 0, text: 'Lề trái 2 cm' } as never } });
      const r = await ingest([s, t]);
      expect(r.status).toBe(400);
      expect(r.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['summaries.0.fileName', 'summaries.1.counts.nd30.page.margin.text']);
      const bad = await ingest([summary({ unit, doc: 3, sha256: 'abc', checkedAt: 'yesterday' })]);
      expect(bad.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['summaries.0.checkedAt', 'summaries.0.sha256']);
      expect((await ingest([])).json.error.problems[0].path).toBe('summaries');
    });

    it('takes summaries only for units in the token scope', async () => {
      const ok = await ingest([summary({ unit: 'xa-z', doc: 10 })], clerkXa);
      expect(ok.status).toBe(200);
      const out = await ingest([summary({ unit: 'xa-z', doc: 11 }), summary({ unit: 'huyen-w', doc: 12 })], clerkXa);
      expect(out.status).toBe(403);
      expect(out.json.error.problems).toEqual([expect.objectContaining({ path: 'summaries.1.unit', code: 'out_of_scope' })]);
    });

    it('never counts a retried batch twice', async () => {
      const unit = await leaf();
      const batch = [1, 2, 3, 4].map((d) => summary({ unit, doc: 100 + d, errors: d % 2, counts: { 'nd30.font.size': { fail: d % 2, needsReview: 0 } } }));
      const a = await ingest(batch);
      expect(a.json).toMatchObject({ accepted: 4, duplicates: 0 });
      const b = await ingest(batch);
      expect(b.json).toMatchObject({ accepted: 0, duplicates: 4 });
      const mixed = await ingest([batch[0], summary({ unit, doc: 105 })]);
      expect(mixed.json).toMatchObject({ accepted: 1, duplicates: 1, duplicateIds: [batch[0]!.clientId] });
      const s = await api('GET', `/v1/stats?unit=${unit}`, { token: tok.inspector });
      expect(s.json.rows).toEqual([{ suppressed: false, documents: 5, documentsWithError: 2, errorShare: 0.4 }]);
    });

    it('counts each document by its last check only (a late-arriving older check changes nothing)', async () => {
      const unit = await leaf();
      const rule = { 'nd30.sign.position': { fail: 2, needsReview: 1 } };
      await ingest([
        summary({ unit, doc: 1, errors: 1, counts: rule, checkedAt: '2026-01-15T10:00:00+07:00' }),
        summary({ unit, doc: 2, errors: 1, counts: rule, checkedAt: '2026-01-16T10:00:00+07:00' }),
        summary({ unit, doc: 3, errors: 0, checkedAt: '2026-01-17T10:00:00+07:00' }),
      ]);
      // Document 1 re-checked in February after it was fixed; document 2 gets an OLDER check late.
      await ingest([
        summary({ unit, doc: 1, errors: 0, counts: {}, checkedAt: '2026-02-02T08:00:00+07:00' }),
        summary({ unit, doc: 2, errors: 0, counts: {}, checkedAt: '2026-01-01T08:00:00+07:00' }),
      ]);
      const api1 = app({ minCell: 1 });
      const byMonth = await api1('GET', `/v1/stats?unit=${unit}&groupBy=month`, { token: tok.inspector });
      expect(byMonth.json.rows).toEqual([
        { month: '2026-01', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 },
        { month: '2026-02', suppressed: false, documents: 1, documentsWithError: 0, errorShare: 0 },
      ]);
      const byRule = await api1('GET', `/v1/stats?unit=${unit}&groupBy=rule`, { token: tok.inspector });
      expect(byRule.json.rows).toEqual([{ rule: 'nd30.sign.position', suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1, fail: 2, needsReview: 1 }]);
    });

    it('groups by any subset of unit × rule × docType × month, with the share of documents with an error', async () => {
      const a = await leaf(),
        b = await leaf();
      const m = { 'nd30.page.margin': { fail: 1, needsReview: 0 } },
        f = { 'nd30.font.size': { fail: 0, needsReview: 2 } };
      const docs = [
        summary({ unit: a, doc: 1, docType: 'QĐ', errors: 1, counts: m }),
        summary({ unit: a, doc: 2, docType: 'QĐ', errors: 1, counts: { ...m, ...f } }),
        summary({ unit: a, doc: 3, docType: 'QĐ', errors: 0, counts: f }),
        summary({ unit: a, doc: 4, docType: 'CV', errors: 0 }),
        summary({ unit: b, doc: 5, docType: 'CV', errors: 1, counts: m, checkedAt: '2026-04-01T00:30:00+07:00' }),
        summary({ unit: b, doc: 6, docType: null, errors: 0, checkedAt: '2026-04-02T00:30:00+07:00' }),
      ];
      expect((await ingest(docs)).json.accepted).toBe(6);
      const q = app({ minCell: 1 });
      const get = async (qs: string) => (await q('GET', `/v1/stats?${qs}`, { token: tok.inspector })).json.rows;
      expect(await get(`unit=huyen-y&groupBy=unit,docType&from=2026-03&to=2026-04`)).toEqual(
        expect.arrayContaining([
          { unit: a, docType: 'CV', suppressed: false, documents: 1, documentsWithError: 0, errorShare: 0 },
          { unit: a, docType: 'QĐ', suppressed: false, documents: 3, documentsWithError: 2, errorShare: 0.6667 },
          { unit: b, docType: null, suppressed: false, documents: 1, documentsWithError: 0, errorShare: 0 },
          { unit: b, docType: 'CV', suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1 },
        ]),
      );
      expect(await get(`unit=${a}&groupBy=rule,docType`)).toEqual([
        { rule: 'nd30.font.size', docType: 'QĐ', suppressed: false, documents: 2, documentsWithError: 0, errorShare: 0, fail: 0, needsReview: 4 },
        { rule: 'nd30.page.margin', docType: 'QĐ', suppressed: false, documents: 2, documentsWithError: 2, errorShare: 1, fail: 2, needsReview: 0 },
      ]);
      expect(await get(`unit=${b}&groupBy=unit,rule,docType,month`)).toEqual([
        { unit: b, rule: 'nd30.page.margin', docType: 'CV', month: '2026-04', suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1, fail: 1, needsReview: 0 },
      ]);
      expect(await get(`unit=${a}&rule=nd30.page.margin`)).toEqual([{ suppressed: false, documents: 2, documentsWithError: 2, errorShare: 1, fail: 2, needsReview: 0 }]);
      expect(await get(`unit=${a}&docType=CV`)).toEqual([{ suppressed: false, documents: 1, documentsWithError: 0, errorShare: 0 }]);
      const trend = await q('GET', `/v1/stats/trend?unit=${b}`, { token: tok.admin });
      expect(trend.json.rows).toEqual([{ month: '2026-04', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 }]);
      const bad = await q('GET', '/v1/stats?groupBy=unit,colour&from=2026-13', { token: tok.admin });
      expect(bad.status).toBe(400);
      expect(bad.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['from', 'groupBy']);
      expect((await q('GET', '/v1/stats?from=2026-05&to=2026-01', { token: tok.admin })).status).toBe(400);
    });

    it('hides groups with fewer than 3 documents (configurable) and marks them suppressed', async () => {
      const big = await leaf(),
        small = await leaf();
      await ingest([1, 2, 3].map((d) => summary({ unit: big, doc: d, errors: 1 })).concat([1, 2].map((d) => summary({ unit: small, doc: d, errors: 1 }))));
      const r = await api('GET', `/v1/stats?groupBy=unit&unit=huyen-y`, { token: tok.inspector });
      expect(r.json.minCell).toBe(3);
      expect(r.json.rows).toContainEqual({ unit: big, suppressed: false, documents: 3, documentsWithError: 3, errorShare: 1 });
      expect(r.json.rows).toContainEqual({ unit: small, suppressed: true });
      const loose = await app({ minCell: 2 })('GET', `/v1/stats?groupBy=unit&unit=${small}`, { token: tok.inspector });
      expect(loose.json.rows).toEqual([{ unit: small, suppressed: false, documents: 2, documentsWithError: 2, errorShare: 1 }]);
    });

    it('exports any query as CSV, suppressed cells left empty', async () => {
      const big = await leaf(),
        small = await leaf();
      await ingest([1, 2, 3].map((d) => summary({ unit: big, doc: d, errors: d === 1 ? 1 : 0 })).concat([summary({ unit: small, doc: 1 })]));
      const r = await api('GET', `/v1/stats?groupBy=unit,month&unit=huyen-y&format=csv`, { token: tok['legal-editor'] });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
      const parsed = Papa.parse<Record<string, string>>(r.text.replace(/^\ufeff/, ''), { header: true });
      expect(parsed.meta.fields).toEqual(['unit', 'month', 'documents', 'documentsWithError', 'errorShare', 'fail', 'needsReview', 'suppressed']);
      expect(parsed.data).toContainEqual({ unit: big, month: '2026-03', documents: '3', documentsWithError: '1', errorShare: '0.3333', fail: '', needsReview: '', suppressed: 'false' });
      expect(parsed.data).toContainEqual({ unit: small, month: '2026-03', documents: '', documentsWithError: '', errorShare: '', fail: '', needsReview: '', suppressed: 'true' });
    });

    it('filters and groups by the rule pack and its version of each document\'s last check', async () => {
      const u = await leaf();
      const m = { 'nd30.page.margin': { fail: 1, needsReview: 0 } };
      const v1 = { id: 'nd30', version: '2026.1.0' },
        v2 = { id: 'nd30', version: '2026.2.0' };
      await ingest([
        summary({ unit: u, doc: 1, pack: v1, errors: 1, counts: m }),
        summary({ unit: u, doc: 2, pack: v1, errors: 0 }),
        summary({ unit: u, doc: 3, pack: v1, errors: 1, counts: m }),
        summary({ unit: u, doc: 4, pack: v2, errors: 1, counts: m, checkedAt: '2026-07-01T09:00:00+07:00' }),
        summary({ unit: u, doc: 5, pack: { id: 'tinh-x-overlay', version: '1.0.0' }, errors: 0, checkedAt: '2026-07-02T09:00:00+07:00' }),
      ]);
      // Document 3 re-checked under the new pack and fixed: it now counts under 2026.2.0 only.
      await ingest([summary({ unit: u, doc: 3, pack: v2, errors: 0, checkedAt: '2026-07-03T09:00:00+07:00' })]);
      const q = app({ minCell: 1 });
      const get = async (qs: string) => {
        const r = await q('GET', `/v1/stats?unit=${u}&${qs}`, { token: tok.inspector });
        expect(r.status).toBe(200);
        return r.json.rows;
      };
      expect(await get('groupBy=pack,packVersion')).toEqual([
        { pack: 'nd30', packVersion: '2026.1.0', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 },
        { pack: 'nd30', packVersion: '2026.2.0', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 },
        { pack: 'tinh-x-overlay', packVersion: '1.0.0', suppressed: false, documents: 1, documentsWithError: 0, errorShare: 0 },
      ]);
      expect(await get('packVersion=2026.2.0&groupBy=month')).toEqual([
        { month: '2026-07', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 },
      ]);
      expect(await get('pack=nd30')).toEqual([{ suppressed: false, documents: 4, documentsWithError: 2, errorShare: 0.5 }]);
      // Rule figures per version (the unit × month rollup knows no pack, so these read agg_rules).
      expect(await get('groupBy=packVersion,rule')).toEqual([
        { rule: 'nd30.page.margin', packVersion: '2026.1.0', suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1, fail: 1, needsReview: 0 },
        { rule: 'nd30.page.margin', packVersion: '2026.2.0', suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1, fail: 1, needsReview: 0 },
      ]);
      expect(await get('rule=nd30.page.margin&packVersion=2026.1.0')).toEqual([
        { suppressed: false, documents: 1, documentsWithError: 1, errorShare: 1, fail: 1, needsReview: 0 },
      ]);
      expect(await get('packVersion=9.9.9')).toEqual([]);
      const trend = await q('GET', `/v1/stats/trend?unit=${u}&pack=nd30&packVersion=2026.1.0`, { token: tok.inspector });
      expect(trend.json.rows).toEqual([{ month: '2026-03', suppressed: false, documents: 2, documentsWithError: 1, errorShare: 0.5 }]);
      const csv = await q('GET', `/v1/stats?unit=${u}&groupBy=packVersion&format=csv`, { token: tok.inspector });
      expect(Papa.parse<Record<string, string>>(csv.text.replace(/^\ufeff/, ''), { header: true }).meta.fields![0]).toBe('packVersion');
    });

    it('answers every dashboard figure in one call, each equal to /stats with the same filters', async () => {
      const a = await leaf(),
        b = await leaf();
      const m = { 'nd30.page.margin': { fail: 2, needsReview: 0 } },
        f = { 'nd30.font.size': { fail: 0, needsReview: 1 } };
      await ingest([
        ...[1, 2, 3, 4].map((d) => summary({ unit: a, doc: d, docType: 'QĐ', errors: d % 2, counts: d % 2 ? m : f })),
        ...[5, 6, 7].map((d) => summary({ unit: a, doc: d, pack: { id: 'nd30', version: '2026.2.0' }, errors: 1, counts: { ...m, ...f }, checkedAt: '2026-08-05T09:00:00+07:00' })),
        summary({ unit: b, doc: 8, errors: 1, counts: m }), // a unit with one document: suppressed
      ]);
      const get = async (path: string) => {
        const r = await api('GET', path, { token: tok.inspector });
        expect(r.status).toBe(200);
        return r.json;
      };
      for (const filters of ['unit=huyen-y', `unit=${a}&packVersion=2026.2.0`, `unit=huyen-y&docType=Q%C4%90&from=2026-01&to=2026-06`, `unit=${a}&rule=nd30.page.margin`]) {
        const d = await get(`/v1/stats/dashboard?${filters}`);
        expect(d.minCell).toBe(3);
        const parts: [string, string][] = [['overall', ''], ['byRule', 'rule'], ['trend', 'month'], ['byUnit', 'unit'], ['unitRule', 'unit,rule']];
        for (const [k, groupBy] of parts) {
          const one = await get(`/v1/stats?${filters}${groupBy ? `&groupBy=${groupBy}` : ''}`);
          expect(d[k], `${k} for ${filters}`).toEqual({ groupBy: one.groupBy, rows: one.rows });
        }
        // The pack versions to choose from ignore the pack filters themselves.
        const versions = await get(`/v1/stats?${filters.replace(/&packVersion=[^&]*/, '')}&groupBy=pack,packVersion`);
        expect(d.packVersions).toEqual({ groupBy: ['pack', 'packVersion'], rows: versions.rows });
      }
      // top=1: unit × rule only for the rule with the most documents with an error, rows as /stats gives them.
      const full = await get(`/v1/stats?unit=${a}&groupBy=unit,rule`);
      const topped = await get(`/v1/stats/dashboard?unit=${a}&top=1`);
      expect(topped.byRule.rows).toContainEqual(expect.objectContaining({ rule: 'nd30.page.margin', documentsWithError: 5 }));
      expect(topped.byRule.rows).toContainEqual(expect.objectContaining({ rule: 'nd30.font.size', documentsWithError: 0 }));
      expect(topped.unitRule.rows).toEqual(full.rows.filter((r: { rule: string }) => r.rule === 'nd30.page.margin'));
      expect(topped.unitRule.rows.length).toBe(1);
      expect((await get(`/v1/stats/dashboard?unit=${a}&top=2`)).unitRule.rows).toEqual(full.rows);
      expect(full.rows.length).toBe(2);
      expect((await api('GET', `/v1/stats/dashboard?unit=${a}&top=0`, { token: tok.inspector })).status).toBe(400);
      const whole = await get(`/v1/stats/dashboard?unit=${a}`);
      expect(whole.overall.rows).toEqual([{ suppressed: false, documents: 7, documentsWithError: 5, errorShare: 0.7143 }]);
      expect(whole.packVersions.rows.map((r: { packVersion: string }) => r.packVersion)).toEqual(['2026.1.0', '2026.2.0']);
      const small = await get(`/v1/stats/dashboard?unit=${b}`);
      expect(small.overall.rows).toEqual([{ suppressed: true }]);
      expect(JSON.stringify(small)).not.toMatch(/"documents"/);
      const out = await api('GET', `/v1/stats/dashboard?unit=huyen-w`, { token: inspectorHuyen });
      expect(out.status).toBe(403);
      const bad = await api('GET', `/v1/stats/dashboard?unit=${a}&groupBy=unit`, { token: tok.inspector });
      expect(bad.status).toBe(400);
    });

    it('keeps each reader inside its unit subtree', async () => {
      const w = await leaf('huyen-w');
      await ingest([1, 2, 3].map((d) => summary({ unit: w, doc: d })));
      const mine = await api('GET', '/v1/stats?groupBy=unit', { token: inspectorHuyen });
      expect(mine.json.rows.some((r: { unit: string }) => r.unit === w)).toBe(false);
      const all = await api('GET', '/v1/stats?groupBy=unit', { token: tok.inspector });
      expect(all.json.rows.some((r: { unit: string }) => r.unit === w)).toBe(true);
      const out = await api('GET', `/v1/stats?unit=${w}`, { token: inspectorHuyen });
      expect(out.status).toBe(403);
      expect(out.json.error.code).toBe('out_of_scope');
    });

    it('rate-limits ingest per token with 429 and Retry-After', async () => {
      const unit = await leaf();
      const limited = app({ ingestLimit: 2, ingestWindowMs: 60_000 });
      const send = (token: string) => limited('POST', '/v1/checks', { token, body: { summaries: [summary({ unit, doc: 1 })] } });
      expect((await send(tok.admin)).status).toBe(200);
      expect((await send(tok.admin)).status).toBe(200);
      const third = await send(tok.admin);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.json.error.code).toBe('rate_limited');
      // Another token has its own allowance.
      expect((await send(tok.clerk)).status).toBe(200);
    });
  });

  describe(`${target.name}: inspections`, () => {
    let unit: string;
    beforeAll(async () => {
      unit = await leaf();
      const docs = Array.from({ length: 12 }, (_, i) =>
        summary({ unit, doc: 500 + i, errors: i % 3 === 0 ? 1 : 0, counts: i % 3 === 0 ? { 'nd30.seal.position': { fail: 1, needsReview: 0 } } : {}, checkedAt: `2026-05-${String(i + 1).padStart(2, '0')}T09:00:00+07:00` }),
      );
      docs.push(summary({ unit, doc: 999, checkedAt: '2026-07-01T09:00:00+07:00' })); // outside the period
      expect((await ingest(docs)).json.accepted).toBe(13);
    });

    it('draws a reproducible sample for a seed, within the unit and period', async () => {
      const body = { unit, from: '2026-05-01', to: '2026-05-31', size: 5, seed: 'dot-1-2026', title: 'Kiểm tra quý II' };
      const a = await api('POST', '/v1/inspections', { token: tok.inspector, body });
      expect(a.status).toBe(201);
      expect(a.json.inspection).toMatchObject({ population: 12, size: 5, seed: 'dot-1-2026' });
      const b = await api('POST', '/v1/inspections', { token: inspectorHuyen, body });
      const shas = (r: typeof a) => r.json.items.map((i: { sha256: string }) => i.sha256);
      expect(shas(a)).toHaveLength(5);
      expect(new Set(shas(a)).size).toBe(5);
      expect(shas(b)).toEqual(shas(a));
      expect(shas(a)).not.toContain(sha(999));
      const c = await api('POST', '/v1/inspections', { token: tok.inspector, body: { ...body, seed: 'dot-2-2026' } });
      expect(shas(c)).not.toEqual(shas(a));
      const noSeed = await api('POST', '/v1/inspections', { token: tok.inspector, body: { ...body, seed: undefined } });
      expect(noSeed.json.inspection.seed).toMatch(/^[0-9a-f]{16}$/);
      const all = await api('POST', '/v1/inspections', { token: tok.inspector, body: { ...body, size: 50 } });
      expect(all.json.items).toHaveLength(12);
      const list = await api('GET', '/v1/inspections', { token: inspectorHuyen });
      expect(list.json.inspections.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([a.json.inspection.id, b.json.inspection.id]));
    });

    it('refuses bad inspection input with reasons, and units outside scope', async () => {
      const r = await api('POST', '/v1/inspections', { token: tok.inspector, body: { unit, from: '2026-5-1', to: '2026-05-31', size: 0, title: '' } });
      expect(r.status).toBe(400);
      expect(r.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['from', 'size', 'title']);
      const out = await api('POST', '/v1/inspections', { token: inspectorHuyen, body: { unit: 'huyen-w', from: '2026-05-01', to: '2026-05-31', size: 3, title: 'x' } });
      expect(out.status).toBe(403);
    });

    it('records manual verdicts and summarizes them beside the machine findings', async () => {
      const made = await api('POST', '/v1/inspections', { token: tok.inspector, body: { unit, from: '2026-05-01', to: '2026-05-31', size: 12, seed: 'all', title: 'Toàn bộ' } });
      const id = made.json.inspection.id;
      const items = made.json.items as { pos: number; machine: { errors: number } }[];
      const withErr = items.find((i) => i.machine.errors > 0)!;
      const clean = items.find((i) => i.machine.errors === 0)!;
      const ok = { ok: true };
      const v1 = { signingAuthority: ok, seal: { ok: false, note: 'Dấu trùm sai vị trí' }, recipients: ok, content: ok };
      const v2 = { signingAuthority: ok, seal: ok, recipients: ok, content: ok, note: 'Đạt' };
      expect((await api('PUT', `/v1/inspections/${id}/items/${withErr.pos}`, { token: inspectorHuyen, body: v1 })).status).toBe(200);
      expect((await api('PUT', `/v1/inspections/${id}/items/${clean.pos}`, { token: tok.inspector, body: v2 })).status).toBe(200);
      const bad = await api('PUT', `/v1/inspections/${id}/items/${clean.pos}`, { token: tok.inspector, body: { signingAuthority: ok, recipients: ok, content: { ok: 'yes' } } });
      expect(bad.status).toBe(400);
      expect(bad.json.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['content.ok', 'seal']);
      expect((await api('PUT', `/v1/inspections/${id}/items/99`, { token: tok.inspector, body: v2 })).status).toBe(404);

      const got = await api('GET', `/v1/inspections/${id}`, { token: tok.admin });
      expect(got.json.items.find((i: { pos: number }) => i.pos === withErr.pos)).toMatchObject({ verdict: v1, machine: { counts: { 'nd30.seal.position': { fail: 1, needsReview: 0 } } } });
      const s = await api('GET', `/v1/inspections/${id}/summary`, { token: tok.inspector });
      expect(s.json).toMatchObject({
        sampled: 12,
        reviewed: 2,
        pending: 10,
        machine: { documentsWithError: 4, rules: { 'nd30.seal.position': { documents: 4, fail: 4, needsReview: 0 } } },
        manual: { documentsWithProblem: 1, checklist: { seal: { ok: 1, notOk: 1 }, signingAuthority: { ok: 2, notOk: 0 } } },
        agreement: { both: 1, machineOnly: 0, manualOnly: 0, neither: 1 },
      });
    });

    it('hides inspections of units outside the caller scope', async () => {
      const w = await leaf('huyen-w');
      await ingest([summary({ unit: w, doc: 1 })]);
      const made = await api('POST', '/v1/inspections', { token: tok.admin, body: { unit: w, from: '2026-03-01', to: '2026-03-31', size: 1, title: 'W' } });
      expect(made.status).toBe(201);
      expect((await api('GET', `/v1/inspections/${made.json.inspection.id}`, { token: inspectorHuyen })).status).toBe(404);
      expect((await api('GET', `/v1/inspections/${made.json.inspection.id}/summary`, { token: tok.inspector })).status).toBe(200);
    });
  });
}
