// npm start — the product's main job on the embedded default, on a fresh machine:
// 1. build the extension into .output/chrome-mv3 (load it unpacked in Chrome/Chromium);
// 2. check a sample document with `npm run check` (the same checker the extension runs);
// 3. start the local edge functions on 127.0.0.1:8787 over SQLite in ./.data, migrated and seeded
//    with the ND30 pack; it keeps running until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const step = (s: string) => process.stderr.write(`\n▶ ${s}\n`);

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status ?? 1;
}

step('Đóng gói tiện ích trình duyệt (wxt build → .output/chrome-mv3)');
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);

const sampleDir = join(root, 'test/fixtures/nd30/out');
const sample = existsSync(sampleDir)
  ? readdirSync(sampleDir)
      .filter((f) => /\.docx$/.test(f) && /clean|sach|dung/i.test(f))
      .sort()[0]
  : undefined;
if (sample) {
  step(`Kiểm tra văn bản mẫu: npm run check -- ${join('test/fixtures/nd30/out', sample)}`);
  run(process.execPath, ['--import', 'tsx', join(root, 'cli/check.ts'), join(sampleDir, sample)]);
}

step('Chạy dịch vụ cục bộ (SQLite, đã nạp bộ quy tắc NĐ 30). Tạo mã truy cập: npm run token -- create --role admin --unit tinh');
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'functions/node.ts')], { cwd: root, stdio: 'inherit', env: process.env });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
