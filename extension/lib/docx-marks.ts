// Finds the preview block (mammoth HTML) for a finding's paragraph index. mammoth keeps body
// order with tables inline but leaves text boxes out, while the report's index counts them; so the
// finding's own text decides: the block at the index if it holds the text, else the nearest block
// that does, else nothing (a place the preview cannot show is better than a wrong one).
export const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export function findBlock<T extends { textContent: string | null }>(blocks: T[], paragraph: number | undefined, text: string | undefined): number {
  const want = text ? norm(text).slice(0, 60) : '';
  if (paragraph !== undefined && paragraph < blocks.length) {
    if (!want || norm(blocks[paragraph]!.textContent ?? '').includes(want)) return paragraph;
  }
  if (want) {
    let best = -1;
    for (let i = 0; i < blocks.length; i++) {
      if (!norm(blocks[i]!.textContent ?? '').includes(want)) continue;
      if (best < 0 || Math.abs(i - (paragraph ?? 0)) < Math.abs(best - (paragraph ?? 0))) best = i;
    }
    return best;
  }
  return paragraph !== undefined && paragraph < blocks.length ? paragraph : -1;
}
