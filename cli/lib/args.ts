// Command-line arguments of `npm run check`: [--json] [--rules <pack.json>] [--jobs N] <file-or-folder>...
export interface Args {
  json: boolean;
  rules: string | null;
  jobs: number;
  paths: string[];
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Cách dùng: npm run check -- [--json] [--rules <bo-quy-tac.json>] [--jobs N] <tệp hoặc thư mục>...
  --json          in đúng một mảng JSON các báo cáo ra stdout (tiến độ ở stderr)
  --rules <tệp>   bộ quy tắc (hoặc lớp bổ sung của tỉnh/cơ quan) thay cho bộ NĐ 30 mặc định
  --jobs N        kiểm tra song song N tệp (worker threads), mặc định 1
Mã thoát: 0 đã kiểm tra xong, 1 có lỗi (error), 2 dùng sai lệnh.`;

export function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, rules: null, jobs: 1, paths: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i];
    const value = (name: string) => {
      const eq = s.indexOf('=');
      if (eq > 0) return s.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`Thiếu giá trị sau ${name}.`);
      return v;
    };
    if (s === '--json') a.json = true;
    else if (s === '-h' || s === '--help') a.help = true;
    else if (s === '--rules' || s.startsWith('--rules=')) a.rules = value('--rules');
    else if (s === '--jobs' || s.startsWith('--jobs=') || s === '-j') {
      const n = Number(value('--jobs'));
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--jobs phải là số nguyên từ 1 đến 64.');
      a.jobs = n;
    } else if (s === '--') continue;
    else if (s.startsWith('-') && s !== '-') throw new UsageError(`Tùy chọn không hợp lệ: ${s}`);
    else a.paths.push(s);
  }
  if (!a.help && !a.paths.length) throw new UsageError('Chưa chỉ ra tệp hoặc thư mục cần kiểm tra.');
  return a;
}
