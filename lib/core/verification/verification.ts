/**
 * Verification of a fact by the secretariat (docs/design.md §6, §7), one rule
 * for regulation entries and policies alike:
 * - UNVERIFIED: from its sources, not yet verified by staff (every imported or
 *   changed fact starts here);
 * - VERIFIED: a staff member checked it against its sources, on a day;
 * - DISPUTED: a staff member found a problem, with a note saying what.
 */
import { z } from "zod";
import type { Actor } from "@/lib/core/auth/roles";
import { id, optionalText, wholeNumber } from "@/lib/core/schema-parts";
import type { VerificationState } from "@/lib/generated/prisma/enums";

export const VERIFICATION_DECISIONS = ["verify", "dispute", "unverify"] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];

/** A staff member's decision on one fact, naming the version they looked at. */
export const VerificationSchema = z
  .object({
    id,
    version: wholeNumber(1),
    decision: z.enum(VERIFICATION_DECISIONS),
    note: optionalText({ max: 2000, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "dispute" && v.note === null) ctx.addIssue({ code: "custom", path: ["note"], message: "disputeNoteRequired" });
  });
export type VerificationInput = z.output<typeof VerificationSchema>;

export interface VerificationFields {
  verification: VerificationState;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  verifiedById: number | null;
  disputeNote: string | null;
}

/** Today as a DATE column stores it (UTC). */
function today(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The columns a decision writes, the same on every verified table. */
export function verificationFields(actor: Actor, decision: VerificationDecision, note: string | null, now = new Date()): VerificationFields {
  switch (decision) {
    case "verify":
      // The public sees the staff member's name, never their e-mail address; the account is kept for the audit.
      return { verification: "VERIFIED", verifiedOn: today(now), verifiedBy: actor.name, verifiedById: actor.id, disputeNote: null };
    case "dispute":
      return { verification: "DISPUTED", verifiedOn: null, verifiedBy: null, verifiedById: null, disputeNote: note };
    case "unverify":
      return UNVERIFIED;
  }
}

/** What a fact's verification becomes when its content changes without being verified again. */
export const UNVERIFIED: VerificationFields = { verification: "UNVERIFIED", verifiedOn: null, verifiedBy: null, verifiedById: null, disputeNote: null };
