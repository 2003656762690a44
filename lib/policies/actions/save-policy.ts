import { randomBytes } from "node:crypto";
import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceIdsFor } from "@/lib/core/sources/link-sources";
import { UNVERIFIED } from "@/lib/core/verification/verification";
import { contentChanged, policySnapshot } from "@/lib/policies/snapshot";
import { SavePolicySchema, type PolicyEdit, type SavePolicyInput } from "@/lib/policies/schemas/policy";
import type { Actor } from "@/lib/core/auth/roles";

/** Vocabulary slugs → ids; unknown slugs are a field error, not a crash. */
async function vocabularyIds(tx: Prisma.TransactionClient, input: PolicyEdit) {
  const [instruments, targets] = await Promise.all([
    tx.instrumentType.findMany({ where: { slug: { in: input.instrumentTypes } }, select: { id: true } }),
    tx.targetGroup.findMany({ where: { slug: { in: input.targetGroups } }, select: { id: true } }),
  ]);
  return { instruments, targets };
}

function fields(input: PolicyEdit) {
  return {
    countryIso3: input.country,
    nameOriginal: input.nameOriginal,
    nameEn: input.nameEn,
    agency: input.agency,
    partners: input.partners,
    launchYear: input.launchYear,
    endYear: input.endYear,
    status: input.status,
    sector: input.sector,
    marketFocus: input.marketFocus,
    pandemicResponse: input.pandemicResponse,
    description: input.description,
    notes: input.notes,
  };
}

/**
 * Creates a draft or saves an edit. An edit names the version it started from;
 * if someone saved in the meantime, nothing is written and their version is
 * returned, so the editor sees what changed and keeps their own input.
 */
export const savePolicy = defineAction({
  name: "savePolicy",
  role: "EDITOR",
  input: SavePolicySchema,
  async run(actor, input, db) {
    if (!(await db.country.findUnique({ where: { iso3: input.country }, select: { iso3: true } }))) {
      return { ok: false, error: "invalid", fieldErrors: { country: ["chooseOption"] } };
    }
    if (input.id !== null && input.version === null) return { ok: false, error: "invalid", fieldErrors: { version: ["invalidValue"] } };
    return db.$transaction((tx) => writePolicyEdit(tx, actor, input));
  },
});

/**
 * The save inside a transaction the caller holds, for a write that must go
 * with another (accepting a focal point's proposal). Writes nothing unless it
 * answers ok. The country is checked by the caller.
 */
export async function writePolicyEdit(tx: Prisma.TransactionClient, actor: Actor, input: SavePolicyInput): Promise<ActionResult<{ id: number; version: number }>> {
  const { instruments, targets } = await vocabularyIds(tx, input);
  if (instruments.length !== new Set(input.instrumentTypes).size) return { ok: false, error: "invalid", fieldErrors: { instrumentTypes: ["chooseOption"] } };
  if (targets.length !== new Set(input.targetGroups).size) return { ok: false, error: "invalid", fieldErrors: { targetGroups: ["chooseOption"] } };
  const related = async () => ({
    instrumentTypes: { create: instruments.map((t) => ({ instrumentTypeId: t.id })) },
    targetGroups: { create: targets.map((t) => ({ targetGroupId: t.id })) },
    results: { create: input.results.map((r, i) => ({ position: i + 1, text: r.text, year: r.year })) },
    sources: { create: (await sourceIdsFor(tx, input.sources)).map((sourceId, i) => ({ position: i + 1, sourceId })) },
  });

  if (input.id === null) {
    const slug = `${input.country.toLowerCase()}-${randomBytes(4).toString("hex")}`;
    const created = await tx.policy.create({ data: { ...fields(input), slug, workflowState: "DRAFT", ...(await related()) } });
    await recordAudit(tx, actor, { action: "create", entityType: "policy", entityId: created.id, after: await policySnapshot(tx, created.id) });
    return { ok: true, data: { id: created.id, version: created.version } };
  }

  const before = await policySnapshot(tx, input.id);
  if (!before) return { ok: false, error: "not-found", message: "policy" };
  // The version check and the write are one statement: two saves of the same version cannot both win.
  const claimed = await tx.policy.updateMany({ where: { id: input.id, version: input.version! }, data: { ...fields(input), version: { increment: 1 } } });
  if (claimed.count === 0) return { ok: false, error: "conflict", message: "policy", current: before };
  await tx.policyInstrumentType.deleteMany({ where: { policyId: input.id } });
  await tx.policyTargetGroup.deleteMany({ where: { policyId: input.id } });
  await tx.policyResult.deleteMany({ where: { policyId: input.id } });
  await tx.policySource.deleteMany({ where: { policyId: input.id } });
  await tx.policy.update({ where: { id: input.id }, data: await related() });
  // Changed content is unverified again: the secretariat verifies what the public sees.
  if (contentChanged(before, (await policySnapshot(tx, input.id))!)) await tx.policy.update({ where: { id: input.id }, data: UNVERIFIED });
  const after = await policySnapshot(tx, input.id);
  await recordAudit(tx, actor, { action: "update", entityType: "policy", entityId: input.id, before, after });
  return { ok: true, data: { id: input.id, version: after!.version } };
}
