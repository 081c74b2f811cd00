// First run: say plainly what leaves the machine and what never does, before the first check.
import type { Lang } from '../lib/i18n.ts';

const text = {
  vi: {
    title: 'Trước khi bắt đầu',
    stays: 'Văn bản của bạn KHÔNG rời khỏi máy tính này. Tệp .docx/.pdf được đọc và kiểm tra ngay trong trình duyệt; không tải tệp, nội dung, tên tệp hay đoạn trích nào lên máy chủ.',
    leaves: 'Chỉ gửi đi số liệu thống kê: số lỗi theo từng mã quy tắc, loại văn bản, phiên bản bộ quy tắc, mã đơn vị, mã băm SHA-256 của tệp (để không đếm trùng) và thời điểm kiểm tra.',
    off: 'Có thể tắt việc gửi thống kê trong phần Cài đặt. Khi tắt, số liệu chỉ được lưu trên máy này.',
    ok: 'Tôi đã hiểu, bắt đầu',
  },
  en: {
    title: 'Before you start',
    stays: 'Your document does NOT leave this computer. The .docx/.pdf file is read and checked inside the browser; no file, content, file name or excerpt is uploaded.',
    leaves: 'Only statistics are sent: counts of findings per rule id, the document type, the rule-pack version, the unit code, the SHA-256 of the file (so a re-check counts once) and the time of the check.',
    off: 'Sending statistics can be turned off in Settings; they then stay on this computer.',
    ok: 'I understand, start',
  },
};

export function FirstRun({ lang, onDone }: { lang: Lang; onDone(): void }) {
  const t = text[lang];
  return (
    <section data-testid="first-run" className="note" style={{ fontSize: 14 }}>
      <h2>{t.title}</h2>
      <p data-testid="stays">{t.stays}</p>
      <p data-testid="leaves">{t.leaves}</p>
      <p>{t.off}</p>
      <button className="primary" data-testid="first-run-ok" onClick={onDone}>
        {t.ok}
      </button>
    </section>
  );
}
