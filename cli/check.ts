// npm run check -- [--json] [--rules <pack.json>] [--jobs N] <file-or-folder>...
// Checks .docx/.pdf files against the ND30 rule pack (or a given pack/overlay), offline, on Node ≥ 22.
// Exit 0: all checked; 1: some file has an error finding; 2: bad usage.
import { readFileSync } from 'node:fs';
import { nd30Pack, loadPack, PackError } from '../rules/packs/index.ts';
import type { Pack } from '../rules/pack.ts';
import { parseArgs, USAGE, UsageError } from './lib/args.ts';
import { collect } from './lib/walk.ts';
import { runChecks } from './lib/run.ts';
import { fileBlock, summaryTable } from './lib/human.ts';

async function main(argv: string[]): Promise<number> {
  let args, files: string[], pack: Pack;
  try {
    args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    files = collect(args.paths);
    pack = args.rules ? loadRules(args.rules) : nd30Pack;
  } catch (e) {
    if (e instanceof UsageError || e instanceof PackError || (e instanceof Error && e.name === 'OverlayError')) {
      process.stderr.write(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (!files.length) {
    process.stderr.write('Thư mục không có tệp nào để kiểm tra.\n');
    return 2;
  }
  const tty = process.stderr.isTTY;
  const mainWorks = process.env.ND30_JOBS_MAIN !== '0';
  const reports = await runChecks(files, pack, args.jobs, (done, total, f, thread) => {
    const who = args.jobs > 1 ? ` (luồng ${thread})` : '';
    if (args.json || tty) process.stderr.write(`${tty ? '\r\x1b[K' : ''}[${done}/${total}] ${f}${who}${tty ? '' : '\n'}`);
  }, mainWorks);
  if (tty) process.stderr.write('\r\x1b[K');
  // Wait for stdout to take everything before exiting (pipes are asynchronous on some systems).
  const text = args.json ? JSON.stringify(reports, null, 2) + '\n' : reports.map((r) => fileBlock(r) + '\n').join('') + summaryTable(reports) + '\n';
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}

function loadRules(path: string): Pack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Không đọc được tệp bộ quy tắc: ${path}`);
  }
  return loadPack(text);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    // Never a stack trace: one Vietnamese line, exit 2.
    process.stderr.write(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
