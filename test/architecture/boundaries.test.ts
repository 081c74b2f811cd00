// The house rules of shared/spec/architecture.md, checked on the source itself:
// rules/ is framework-free (it runs unchanged in the extension, a Worker and Node),
// and no face reaches into a reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'build') continue;
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

describe('rules/ is framework-free', () => {
  const files = sources(join(root, 'rules'));
  it('has source files', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(relative(root, f), () => {
      const bad = imports(f).filter(
        (s) => s.startsWith('node:') || /^(fs|path|os|crypto|worker_threads|child_process)$/.test(s) ||
          /^(react|react-dom|hono|wxt|@hono\/)/.test(s) || /(^|\/)(extension|functions|cli)\//.test(s),
      );
      expect(bad, `${relative(root, f)} imports ${bad.join(', ')}`).toEqual([]);
    });
  }
});

describe('faces do not reach into readers or XML', () => {
  const faces = ['extension', 'functions', 'cli'].flatMap((d) => {
    try {
      return sources(join(root, d));
    } catch {
      return [];
    }
  });
  for (const f of faces) {
    it(relative(root, f), () => {
      const bad = imports(f).filter((s) => /rules\/read\/(docx|pdf)\//.test(s) || s === 'saxes');
      expect(bad).toEqual([]);
    });
  }
});
