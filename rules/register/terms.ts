// What the procedure catalogue (rules/dossier/catalogue.ts) says about a record's procedure:
// its time limit and cut-off, and the fee, for the record's channel. Null = the catalogue
// cannot say (procedure missing, value set by the province): the checks then say needs_review.
import type { ProcedurePack } from '../dossier/catalogue.ts';
import { procedureInForce } from '../dossier/index.ts';
import type { TimeLimit } from './calendar.ts';
import type { DossierRecord } from './record.ts';
import { dayKey, dayNumber, type WallMs } from './wall-time.ts';

export interface ProcedureTerms {
  code: string;
  name: string;
  limit: TimeLimit | null;
  /** Fees the desk may charge on this channel (an exemption allows 0). */
  fees: number[] | null;
}

const CHANNEL: Record<NonNullable<DossierRecord['channel']>, string> = {
  direct: 'truc-tiep',
  online: 'truc-tuyen',
  post: 'buu-chinh',
};

/** Terms of the procedure in force on the reception day (the catalogue's effective dates). */
export type TermsLookup = (procedureCode: string | null, channel: DossierRecord['channel'], at?: WallMs | null) => ProcedureTerms | null;

export function termsLookup(catalogues: ProcedurePack[]): TermsLookup {
  // Audits ask the same (procedure, channel, day) many times: answer each once.
  const memo = new Map<string, Map<DossierRecord['channel'], Map<number, ProcedureTerms | null>>>();
  return (code, channel, at) => {
    if (!code) return null;
    const day = at != null ? dayNumber(at) : -1;
    let byChannel = memo.get(code);
    if (!byChannel) memo.set(code, (byChannel = new Map()));
    let byDay = byChannel.get(channel);
    if (!byDay) byChannel.set(channel, (byDay = new Map()));
    let value = byDay.get(day);
    if (value === undefined) byDay.set(day, (value = compute(code, channel, at)));
    return value;
  };

  function compute(code: string, channel: DossierRecord['channel'], at: WallMs | null | undefined): ProcedureTerms | null {
    const found = procedureInForce(catalogues, code, at != null ? dayKey(at) : '9999-12-31');
    if (!found) return null;
    const p = found.procedure;
    const ch = channel ? CHANNEL[channel] : 'truc-tiep';
    const pick = <T extends { channel: string }>(xs: T[]) => xs.find((x) => x.channel === ch) ?? xs.find((x) => x.channel === 'all') ?? null;
    const time = pick(p.processing);
    let limit: TimeLimit | null = null;
    if (time && (time.unit === 'immediately' || time.value !== null)) {
      limit = {
        unit: time.unit === 'days' ? 'calendar-days' : time.unit,
        value: time.value ?? 0,
        ...(p.cutOff ? { cutoff: p.cutOff } : {}),
      };
    }
    const fee = pick(p.fees);
    const fees = fee && fee.amountVnd !== null ? [fee.amountVnd, ...(p.exemptions.length ? [0] : [])] : null;
    return { code: p.code, name: p.name, limit, fees };
  }
}
