// Finds bytes above 0x7F: used by the build check on content scripts (Chrome rejects some).
export function nonAscii(bytes: Uint8Array, max = 5): { offset: number; byte: number }[] {
  const out: { offset: number; byte: number }[] = [];
  for (let i = 0; i < bytes.length && out.length < max; i++) {
    if (bytes[i]! > 0x7f) out.push({ offset: i, byte: bytes[i]! });
  }
  return out;
}
