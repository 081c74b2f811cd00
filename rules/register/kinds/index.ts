import { apologyMissing } from './apology-missing.ts';
import { apologyRepeated } from './apology-repeated.ts';
import { appointment } from './appointment.ts';
import { controlSlip } from './control-slip.ts';
import { fee } from './fee.ts';
import { late } from './late.ts';
import { notInSoftware } from './not-in-software.ts';
import { stepLate } from './step-late.ts';
import { supplementLate } from './supplement-late.ts';
import { timeInconsistent } from './time-inconsistent.ts';
import type { RecordKind } from './types.ts';

export const registerKinds: Record<string, RecordKind> = Object.fromEntries(
  [notInSoftware, appointment, timeInconsistent, late, apologyMissing, apologyRepeated, supplementLate, controlSlip, stepLate, fee].map((k) => [k.name, k]),
);
