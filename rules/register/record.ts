// One dossier as the one-stop software recorded it (dossier.md §2.3), normalised from any
// export layout. Times are wall milliseconds (wall-time.ts); null = not in the export.
import type { WallMs } from './wall-time.ts';

export interface ProgressStep {
  step: string | null;
  sender: string | null;
  receiver: string | null;
  /** When the handover / step finished. */
  at: WallMs | null;
  /** The step's own deadline (NgayKetThucTheoQuyDinh). */
  dueAt: WallMs | null;
}

export interface Supplement {
  requestedAt: WallMs | null;
  receivedAt: WallMs | null;
}

export interface AppointmentReset {
  from: WallMs | null;
  to: WallMs | null;
}

export interface DossierRecord {
  /** Row number in the source file (1 = first data row's line/row as a spreadsheet shows it). */
  row: number;
  code: string | null;
  procedureCode: string | null;
  procedureName: string | null;
  receivedAt: WallMs | null;
  appointmentAt: WallMs | null;
  returnedAt: WallMs | null;
  channel: 'direct' | 'post' | 'online' | null;
  /** Re-set appointment dates (NgayHenTraTruoc → NgayHenTraMoi). */
  resets: readonly AppointmentReset[];
  /** Dates of apology letters (Mẫu 04). */
  apologies: readonly WallMs[];
  supplements: readonly Supplement[];
  /** Handover steps; null when the export carries no handover data at all. */
  progress: ProgressStep[] | null;
  /** Fee charged (VND); null when not in the export. */
  fee: number | null;
  /** Printed slip times, when a second list (Mẫu 01 slips) was matched. */
  slip?: { receivedAt: WallMs | null; appointmentAt: WallMs | null };
}

/** A row of the second list (paper register or Mẫu 01 slips) used for cross-checks. */
export interface PaperEntry {
  row: number;
  code: string | null;
  procedureCode: string | null;
  receivedAt: WallMs | null;
  appointmentAt: WallMs | null;
}

/** A row that could not be turned into a record. */
export interface BadRow {
  row: number;
  reason: string;
}

/** The empty list shared by records that have none (most of them): no allocation per row. */
export const NONE: readonly never[] = Object.freeze([]);
