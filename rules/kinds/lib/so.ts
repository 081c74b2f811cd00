// Parse "Số: 05/QĐ-UBND" into its parts, keeping the raw spacing so rules can judge it.
export interface SoParts {
  label: string; // "Số"
  colon: boolean;
  number: string; // "05", "" when blank, "…" when dotted
  blank: boolean;
  slashSpaced: boolean;
  symbol: string; // "QĐ-UBND"
  groups: string[];
  dashSpaced: boolean;
}

export function parseSo(text: string): SoParts | null {
  const m = /^\s*(S[ốỐ]|SỐ|số)\s*(:?)\s*(.*)$/u.exec(text.normalize('NFC'));
  if (!m) return null;
  const rest = m[3];
  const slash = rest.indexOf('/');
  if (slash < 0) return { label: m[1], colon: !!m[2], number: rest.trim(), blank: !/\d/.test(rest), slashSpaced: false, symbol: '', groups: [], dashSpaced: false };
  const numRaw = rest.slice(0, slash);
  const symRaw = rest.slice(slash + 1);
  const number = numRaw.trim();
  const blank = !/\d/.test(number);
  const slashSpaced = !blank && (/\s$/.test(numRaw) || /^\s/.test(symRaw));
  const symbol = symRaw.trim().replace(/[.;,]+$/, '');
  return {
    label: m[1],
    colon: !!m[2],
    number,
    blank,
    slashSpaced,
    symbol,
    groups: symbol.split(/\s*[-–]\s*/).filter(Boolean),
    dashSpaced: /\s[-–]|[-–]\s/.test(symbol) || /–/.test(symbol),
  };
}
