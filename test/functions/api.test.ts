// The API suite on Node: the app over better-sqlite3 on a real file in a temp dir (as `npm run serve` opens it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../functions/node.ts';
import type { SqliteStore } from '../../functions/store/sqlite.ts';
import { apiSuite } from './api-suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'fn-api-'));
const opened = await openStore(dir);
const store: SqliteStore = opened.store;
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

apiSuite({ name: 'node+sqlite', store: () => store });
