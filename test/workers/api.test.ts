// The same API suite as test/functions/api.test.ts, inside workerd against D1.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { seedIfAbsent } from '../../functions/repo/packs.ts';
import { d1Store, type D1Like } from '../../functions/store/d1.ts';
import { apiSuite } from '../functions/api-suite.ts';

const store = d1Store((env as unknown as { DB: D1Like }).DB);

describe('worker entry (functions/worker.ts)', () => {
  it('serves the seeded ND30 pack through the deployed entry point', async () => {
    const worker = exports.default as { fetch(r: Request): Promise<Response> };
    const res = await worker.fetch(new Request('http://api.test/v1/packs/nd30'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string; pack: { rules: unknown[] } };
    expect(body.version).toBe(nd30Pack.version);
    expect(body.pack.rules.length).toBe(nd30Pack.rules.length);
    expect(((await (await worker.fetch(new Request('http://api.test/v1/health'))).json()) as { store: string }).store).toBe('d1');
  });
});

beforeAll(async () => {
  await seedIfAbsent(store, nd30Pack);
});

apiSuite({ name: 'workerd+d1', store: () => store });
