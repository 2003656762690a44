import "server-only";
import { getDb } from "@/lib/core/db";

/** A record's audit trail (./record-audit.ts writes it), newest first, with who made each change. */
export function getAuditTrail(entityType: "policy" | "regulation_entry", id: number) {
  return getDb().auditEvent.findMany({
    where: { entityType, entityId: String(id) },
    orderBy: { id: "desc" },
    include: { actor: { select: { email: true } } },
  });
}

export type AuditTrail = Awaited<ReturnType<typeof getAuditTrail>>;
