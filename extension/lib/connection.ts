// "Test connection" in the options: can we reach the server, and is the token good for this unit?
export interface ConnectionResult {
  ok: boolean;
  /** Plain Vietnamese sentence for the user. */
  message: string;
  role?: string;
  unit?: string;
}

export async function testConnection(server: string, token: string, unit: string, f: typeof fetch = fetch): Promise<ConnectionResult> {
  if (!server) return { ok: false, message: 'Chưa nhập địa chỉ máy chủ. Không có máy chủ, tiện ích vẫn kiểm tra được văn bản nhưng không cập nhật quy tắc và không gửi thống kê.' };
  try {
    const h = await f(`${server}/v1/health`, { signal: AbortSignal.timeout(8000) });
    if (!h.ok) return { ok: false, message: `Máy chủ trả lời lỗi HTTP ${h.status} ở /v1/health. Kiểm tra lại địa chỉ.` };
  } catch (e) {
    return { ok: false, message: `Không kết nối được tới ${server} (${(e as Error).message}). Kiểm tra địa chỉ và mạng.` };
  }
  if (!token) return { ok: true, message: 'Kết nối được máy chủ. Chưa nhập mã truy cập: tiện ích chỉ tải được bộ quy tắc, chưa gửi được thống kê.' };
  const me = await f(`${server}/v1/me`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(8000) }).catch(() => null);
  if (!me) return { ok: false, message: 'Máy chủ ngắt kết nối khi kiểm tra mã truy cập.' };
  if (me.status === 401) return { ok: false, message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' };
  if (!me.ok) return { ok: false, message: `Máy chủ trả lời lỗi HTTP ${me.status} khi kiểm tra mã truy cập.` };
  const who = (await me.json()) as { role: string; unit: string; units?: string[] };
  if (who.role !== 'clerk' && who.role !== 'admin')
    return { ok: false, role: who.role, unit: who.unit, message: `Kết nối được, nhưng mã truy cập có vai trò "${who.role}", không gửi được thống kê kiểm tra (cần vai trò clerk).` };
  if (who.units && !who.units.includes(unit))
    return { ok: false, role: who.role, unit: who.unit, message: `Kết nối được, nhưng đơn vị "${unit}" nằm ngoài phạm vi của mã truy cập (đơn vị ${who.unit}).` };
  return { ok: true, role: who.role, unit: who.unit, message: `Kết nối tốt. Mã truy cập hợp lệ: vai trò ${who.role}, đơn vị ${who.unit}.` };
}
