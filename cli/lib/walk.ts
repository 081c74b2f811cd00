// Inputs of the command line: files as given, folders walked recursively in sorted path order
// (every file: .docx/.pdf are checked, others get input.unsupported-format). Hidden files are skipped.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './args.ts';

export function collect(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`Không tìm thấy tệp hoặc thư mục: ${p}`);
    }
    if (st.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) visit(p);
      else if (st.isFile()) files.push(p);
    }
  };
  visit(dir);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
