// Vietnamese messages for the PDF reader's input problems (what is wrong, what to do).

export const msg = {
  encrypted:
    'Tệp PDF được đặt mật khẩu nên không đọc được nội dung. Hãy mở tệp, lưu lại bản không có mật khẩu rồi kiểm tra lại.',
  // The technical reason (pdf.js' English message) goes to `detail`, not into the sentence.
  corrupt:
    'Tệp PDF bị hỏng hoặc không đúng cấu trúc PDF nên không đọc được. Hãy xuất lại tệp PDF từ văn bản gốc rồi kiểm tra lại.',
  scanned: (pages: number[]) =>
    `Trang ${pages.join(', ')} chỉ có hình ảnh (bản quét), không có lớp chữ: thể thức trên các trang này cần được kiểm tra bằng mắt. Nếu có thể, hãy dùng tệp PDF xuất trực tiếp từ văn bản gốc.`,
  tooManyPages: (n: number, max: number) =>
    `Tệp có ${n} trang, vượt giới hạn ${max} trang: chỉ kiểm tra ${max} trang đầu.`,
  tooBig: (bytes: number, max: number) =>
    `Tệp quá lớn (${(bytes / 1048576).toFixed(1)} MB, giới hạn ${(max / 1048576).toFixed(0)} MB). Hãy tách hoặc giảm dung lượng tệp rồi kiểm tra lại.`,
  timeout: (ms: number) =>
    `Đọc tệp PDF mất quá ${Math.round(ms / 1000)} giây nên đã dừng. Hãy xuất lại tệp PDF hoặc tách thành tệp nhỏ hơn rồi kiểm tra lại.`,
};
