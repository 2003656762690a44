import "server-only";
import { getDb } from "../db";

/** A record's audit trail (lib/audit.ts writes it), newest first, with who made each change. */
export function getAuditTrail(entityType: "policy" | "regulation_entry", id: number) {
  return getDb().auditEvent.findMany({
    where: { entityType, entityId: String(id) },
    orderBy: { id: "desc" },
    include: { actor: { select: { email: true } } },
  });
}

export type AuditTrail = Awaited<ReturnType<typeof getAuditTrail>>;
