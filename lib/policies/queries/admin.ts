import "server-only";
import { getDb } from "@/lib/core/db";
import { policySnapshot } from "@/lib/policies/snapshot";

/** Every policy, whatever its state, for the staff list. */
export function listPoliciesForStaff(state?: "DRAFT" | "PUBLISHED" | "ARCHIVED") {
  return getDb().policy.findMany({
    where: state ? { workflowState: state } : {},
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, nameEn: true, countryIso3: true, workflowState: true, version: true, updatedAt: true },
  });
}

export function getPolicyForEditing(id: number) {
  return policySnapshot(getDb(), id);
}

/** What the policy form offers: countries and the two vocabularies. */
export async function getPolicyFormOptions() {
  const db = getDb();
  const [countries, instrumentTypes, targetGroups] = await Promise.all([
    db.country.findMany({ orderBy: { nameEn: "asc" }, select: { iso3: true, nameEn: true, nameEs: true } }),
    db.instrumentType.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, nameEn: true, nameEs: true } }),
    db.targetGroup.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, nameEn: true, nameEs: true } }),
  ]);
  return { countries, instrumentTypes, targetGroups };
}
export type PolicyFormOptions = Awaited<ReturnType<typeof getPolicyFormOptions>>;

