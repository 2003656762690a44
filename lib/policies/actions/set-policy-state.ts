import { z } from "zod";
import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { idOf } from "@/lib/core/schema-parts";
import { policySnapshot } from "@/lib/policies/snapshot";

const TRANSITIONS = { publish: "PUBLISHED", unpublish: "DRAFT", archive: "ARCHIVED" } as const;

const Input = z.object({
  id: idOf("formAltered"),
  version: idOf("formAltered"),
  transition: z.enum(["publish", "unpublish", "archive"]),
});

/** Publish (visible to the public), unpublish (back to draft) or archive; checked against the version like an edit. */
export const setPolicyState = defineAction({
  name: "setPolicyState",
  role: "EDITOR",
  input: Input,
  async run(actor, { id, version, transition }, db) {
    return db.$transaction(async (tx): Promise<ActionResult<{ version: number }>> => {
      const before = await policySnapshot(tx, id);
      if (!before) return { ok: false, error: "not-found", message: "policy" };
      const state = TRANSITIONS[transition];
      const claimed = await tx.policy.updateMany({
        where: { id, version },
        data: { workflowState: state, version: { increment: 1 }, ...(state === "PUBLISHED" ? { publishedAt: new Date() } : {}) },
      });
      if (claimed.count === 0) return { ok: false, error: "conflict", message: "policy", current: before };
      const after = await policySnapshot(tx, id);
      await recordAudit(tx, actor, { action: transition, entityType: "policy", entityId: id, before, after });
      return { ok: true, data: { version: after!.version } };
    });
  },
});
