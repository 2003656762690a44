import "server-only";
import { getDb } from "@/lib/core/db";
import { changedFields } from "@/lib/core/diff";
import type { ProposalKind, ProposalState } from "@/lib/generated/prisma/enums";
import { policyContent, policySnapshot } from "@/lib/policies/snapshot";
import { editableEntryFields, entrySnapshot } from "@/lib/regulations/entry-snapshot";

/** One field a proposal changes: today's value (null for a new measure) and the proposed one. */
export interface ProposedChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ProposalRow {
  id: number;
  kind: ProposalKind;
  state: ProposalState;
  economyIso3: string;
  entryId: number | null;
  policyId: number | null;
  /** The indicator code of an entry proposal. */
  indicatorCode: string | null;
  /** The measure's English name, as proposed. */
  policyName: string | null;
  note: string;
  reviewReason: string | null;
  appliedVersion: number | null;
  createdAt: Date;
  reviewedAt: Date | null;
  proposedBy: string;
  reviewedBy: string | null;
}

const SELECT = {
  id: true, kind: true, state: true, economyIso3: true, entryId: true, policyId: true, baseVersion: true, payload: true, note: true,
  reviewReason: true, appliedVersion: true, createdAt: true, reviewedAt: true,
  proposedBy: { select: { email: true } },
  reviewedBy: { select: { email: true } },
  entry: { select: { indicator: { select: { code: true } } } },
} as const;

type Selected = Awaited<ReturnType<typeof selectProposals>>[number];

function selectProposals(where: Parameters<ReturnType<typeof getDb>["focalProposal"]["findMany"]>[0]) {
  return getDb().focalProposal.findMany({ ...where, select: SELECT });
}

function row(p: Selected): ProposalRow {
  const payload = p.payload as Record<string, unknown>;
  return {
    id: p.id, kind: p.kind, state: p.state, economyIso3: p.economyIso3, entryId: p.entryId, policyId: p.policyId,
    indicatorCode: p.entry?.indicator.code ?? null,
    policyName: p.kind === "POLICY" && typeof payload.nameEn === "string" ? payload.nameEn : null,
    note: p.note, reviewReason: p.reviewReason, appliedVersion: p.appliedVersion, createdAt: p.createdAt, reviewedAt: p.reviewedAt,
    proposedBy: p.proposedBy.email,
    reviewedBy: p.reviewedBy?.email ?? null,
  };
}

/** A focal point's own proposals, newest first, with their state. */
export async function getOwnProposals(userId: number): Promise<ProposalRow[]> {
  return (await selectProposals({ where: { proposedById: userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })).map(row);
}

export interface PendingProposal extends ProposalRow {
  /** The entry or policy has a newer version than the one the proposal was made on: accepting it would overwrite that. */
  stale: boolean;
  changes: ProposedChange[];
}

const sorted = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? [...v].sort() : v);

/** What the proposal would change, field by field, against the entry or policy as it is now. */
async function changesOf(p: Selected): Promise<{ stale: boolean; changes: ProposedChange[] }> {
  const payload = p.payload as Record<string, unknown>;
  const db = getDb();
  if (p.kind === "REGULATION_ENTRY" && p.entryId !== null) {
    const current = await entrySnapshot(db, p.entryId);
    const before = current ? editableEntryFields(current) : {};
    const after = Object.fromEntries(Object.keys(before).map((k) => [k, payload[k] ?? null]));
    return { stale: current?.version !== p.baseVersion, changes: changedFields(before, after).map((field) => ({ field, before: before[field], after: after[field] })) };
  }
  const current = p.policyId === null ? null : await policySnapshot(db, p.policyId);
  // The proposal carries the edit (the content, its id and version): its content fields are the ones compared.
  const fields = Object.keys(policyContent(payload));
  const now = current ? policyContent(current) : {};
  const before = Object.fromEntries(fields.map((k) => [k, sorted(now[k] ?? null)]));
  const after = Object.fromEntries(fields.map((k) => [k, sorted(payload[k] ?? null)]));
  return { stale: p.policyId !== null && current?.version !== p.baseVersion, changes: changedFields(before, after).map((field) => ({ field, before: before[field], after: after[field] })) };
}

/** The secretariat's review queue: pending proposals, oldest first, each with what it changes. */
export async function getPendingProposals(): Promise<PendingProposal[]> {
  const pending = await selectProposals({ where: { state: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return Promise.all(pending.map(async (p) => ({ ...row(p), ...(await changesOf(p)) })));
}

export function countPendingProposals(): Promise<number> {
  return getDb().focalProposal.count({ where: { state: "PENDING" } });
}

/** Days the queue keeps showing decided proposals, so a decision is seen after the page refreshes. */
export const RECENT_DAYS = 7;

/** Proposals decided in the last RECENT_DAYS days, newest decision first. */
export async function getRecentlyDecided(now = new Date()): Promise<ProposalRow[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  return (await selectProposals({ where: { state: { not: "PENDING" }, reviewedAt: { gte: since } }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }], take: 50 })).map(row);
}

/** The economy's regulation entries, in pillar and indicator order, for the focal point's list. */
export function getEconomyEntries(iso3: string) {
  return getDb().regulationEntry.findMany({
    where: { countryIso3: iso3 },
    select: { id: true, status: true, score: true, indicator: { select: { code: true, nameEn: true, nameEs: true } } },
    orderBy: [{ indicator: { pillar: { number: "asc" } } }, { indicator: { position: "asc" } }],
  });
}

/** The economy's published measures, by English name, for the focal point's list. */
export function getEconomyPolicies(iso3: string) {
  return getDb().policy.findMany({ where: { countryIso3: iso3, workflowState: "PUBLISHED" }, select: { id: true, nameEn: true }, orderBy: { nameEn: "asc" } });
}
