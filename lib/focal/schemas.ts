/**
 * What a focal point proposes and how staff decide. A proposal carries the
 * edit in the shape the staff save action takes, so an accepted proposal is
 * saved exactly as an editor's edit would be — and checked again then.
 */
import { z } from "zod";
import { idOf, optionalText, text } from "@/lib/core/schema-parts";
import { PolicyEditSchema } from "@/lib/policies/schemas/policy";
import { RegulationEntryFieldsSchema } from "@/lib/regulations/schemas/entry";

/** The focal point's explanation for the secretariat. */
const note = text({ min: 10, max: 2000, multiline: true, messages: { min: "noteTooShort", max: "tooLong" } });

/** A change to one regulation entry: its new fields, the version it was made on, a note; at least one source. */
export const EntryProposalSchema = RegulationEntryFieldsSchema.and(z.object({ entryId: idOf("formAltered"), baseVersion: idOf("formAltered"), note })).superRefine((p, ctx) => {
  if (p.sourceUrls.length === 0) ctx.addIssue({ code: "custom", path: ["sourceUrls"], message: "sourceRequired" });
});
export type EntryProposal = z.infer<typeof EntryProposalSchema>;

/** A new support measure (id null) or a change to one (id and version), with a note; at least one source. */
export const PolicyProposalSchema = PolicyEditSchema.and(z.object({ id: idOf("formAltered").nullable(), note })).superRefine((p, ctx) => {
  if (p.sources.length === 0) ctx.addIssue({ code: "custom", path: ["sources"], message: "sourceRequired" });
  if (p.id !== null && p.version === null) ctx.addIssue({ code: "custom", path: ["version"], message: "formAltered" });
});
export type PolicyProposal = z.infer<typeof PolicyProposalSchema>;

/** A staff decision: accept (the change is saved) or reject, which needs a reason the focal point will read. */
export const ReviewProposalSchema = z
  .object({
    id: idOf("formAltered"),
    decision: z.enum(["accept", "reject"], "chooseOption"),
    reason: optionalText({ max: 2000, multiline: true }),
  })
  .superRefine((r, ctx) => {
    if (r.decision === "reject" && r.reason === null) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
