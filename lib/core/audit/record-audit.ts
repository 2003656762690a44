/** The audit log: who changed what, when, with the entity before and after. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/core/auth/roles";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAudit(
  tx: Tx,
  actor: Actor,
  event: { action: string; entityType: string; entityId: string | number; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      action: event.action,
      entityType: event.entityType,
      entityId: String(event.entityId),
      before: (event.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (event.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
