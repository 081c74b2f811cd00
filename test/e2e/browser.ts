// Shared e2e helpers: build the extension when missing, launch Debian Chromium with it loaded.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'test/artifacts');

/** `npm test` builds before the e2e suite; a lone `npm run test:e2e` builds here when needed. */
export function ensureBuilt(): void {
  if (existsSync(join(EXT, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

// Each test file loads its own copy of the build: a rebuild of .output during a run (another
// terminal, watch mode) must not pull files from under a running browser. The copy keeps one
// path per test file, so a relaunch with the same profile sees the same extension id.
let snapshot: string | undefined;
function extensionCopy(): string {
  if (snapshot) return snapshot;
  const dir = mkdtempSync(join(tmpdir(), 'nd30-ext-'));
  cpSync(EXT, dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (snapshot = dir);
}

export interface Launched {
  ctx: BrowserContext;
  sw: Worker;
  id: string;
  close(): Promise<void>;
  profile: string;
  open(path: string): Promise<Page>;
}

/** A fresh profile, or `profile` to reopen one (browser restart: storage and IndexedDB survive). */
export async function launch(opts: { profile?: string; keepProfile?: boolean } = {}): Promise<Launched> {
  ensureBuilt();
  const ext = extensionCopy();
  const dir = opts.profile ?? mkdtempSync(join(tmpdir(), 'nd30-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: false, // '--headless=new' below: the real headless mode that supports extensions
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi',
    ],
  });
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 30_000 });
  const id = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    id,
    async open(path: string) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    profile: dir,
    async close() {
      await ctx.close();
      if (!opts.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
