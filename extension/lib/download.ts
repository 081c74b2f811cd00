// Save a generated file from an extension page (no downloads permission needed).
export function download(name: string, data: string | Blob, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function openHtml(html: string): Window | null {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  return window.open(url, '_blank');
}

/** "qd-15.docx" → "qd-15" for export file names. */
export function baseName(file: string): string {
  return file.replace(/\.[^.]+$/, '') || 'bao-cao';
}
