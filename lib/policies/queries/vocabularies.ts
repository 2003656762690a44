import "server-only";
import { getDb } from "@/lib/core/db";
import type { PolicyChoices } from "@/lib/policies/view-state/search";

export interface Term {
  slug: string;
  nameEn: string;
  nameEs: string;
}

export interface Economy {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: string | null;
  isFealacMember: boolean;
}

export interface PolicyVocabularies {
  instrumentTypes: Term[];
  targetGroups: Term[];
  /** FEALAC members, and the non-members that have a published policy. */
  economies: Economy[];
}

/** The vocabularies in their editorial order, and the economies a search may name. */
export async function getPolicyVocabularies(): Promise<PolicyVocabularies> {
  const db = getDb();
  const term = { slug: true, nameEn: true, nameEs: true } as const;
  const [instrumentTypes, targetGroups, economies] = await Promise.all([
    db.instrumentType.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: term }),
    db.targetGroup.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: term }),
    db.country.findMany({
      where: { OR: [{ isFealacMember: true }, { policies: { some: { workflowState: "PUBLISHED" } } }] },
      orderBy: { nameEn: "asc" },
      select: { iso3: true, nameEn: true, nameEs: true, regionCode: true, isFealacMember: true },
    }),
  ]);
  return { instrumentTypes, targetGroups, economies };
}

export function choicesOf(vocabularies: PolicyVocabularies): PolicyChoices {
  return {
    economies: vocabularies.economies.map((e) => e.iso3.toLowerCase()),
    instrumentTypes: vocabularies.instrumentTypes.map((t) => t.slug),
    targetGroups: vocabularies.targetGroups.map((t) => t.slug),
  };
}
