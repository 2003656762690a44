/** Visitor origin and profile tables, shared by the country and marketplace pages (their scopes differ, not their columns). */
import type { CardColumn, Locale } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { otherRegion, RegionCodeSchema } from "@/lib/core/regions";
import type { OriginRow, ProfileRow } from "@/lib/explorer/queries/country";

/** Origin code of the visits a breakdown does not attribute to a named country. */
const UNATTRIBUTED = "OTHER";

export interface OriginCardRow extends OriginRow {
  /** The origin's name in the page's language; null for the unattributed rest. */
  name: string | null;
  /** The origin is a member of the FEALAC region other than the marketplaces' own. */
  otherRegion: boolean;
  year: number;
  demo: boolean;
}

/** Rows of an origin table: names in the view's language, the other FEALAC region marked. */
export function originRows(rows: OriginRow[], context: { home: string | null; locale: Locale; year: number; demo: boolean }): OriginCardRow[] {
  const home = RegionCodeSchema.safeParse(context.home).data;
  const other = home ? otherRegion(home) : null;
  return rows.map((row) => ({
    ...row,
    name:
      row.origin === UNATTRIBUTED
        ? null
        : row.nameEn && row.nameEs
          ? localizedName({ nameEn: row.nameEn, nameEs: row.nameEs }, context.locale)
          : countryName(row.origin, context.locale),
    otherRegion: other !== null && row.region === other,
    year: context.year,
    demo: context.demo,
  }));
}

export const originColumns: ReadonlyArray<CardColumn<OriginCardRow>> = [
  { ...COLUMNS.year, value: (r) => r.year },
  {
    ...COLUMNS.originIso3,
    value: (r) => r.origin,
    label: "columnOrigin",
    display: (r, { t }) => r.name ?? t("originOther"),
    note: (r, { t }) => (r.otherRegion ? `— ${t("otherRegionTag")}` : null),
    rowHeader: true,
  },
  {
    name: "origin_fealac_region",
    type: "string",
    description: "FEALAC region of the visitors' economy (EAST_ASIA, LATIN_AMERICA); empty for non-members and OTHER",
    value: (r) => r.region,
  },
  { ...COLUMNS.shareOfVisits, value: (r) => r.share, label: "columnShare", format: "percent", bar: (r) => r.share },
  { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
];

export type Breakdown = "gender" | "age";

export interface ProfileCardRow extends ProfileRow {
  breakdown: Breakdown;
  year: number;
  demo: boolean;
}

/** Gender rows first, then age rows, as one table. */
export function profileRows(profile: Record<Breakdown, ProfileRow[]>, context: { year: number; demo: boolean }): ProfileCardRow[] {
  return (["gender", "age"] as const).flatMap((breakdown) => profile[breakdown].map((row) => ({ ...row, breakdown, ...context })));
}

export const profileColumns: ReadonlyArray<CardColumn<ProfileCardRow>> = [
  { ...COLUMNS.year, value: (r) => r.year },
  {
    name: "breakdown",
    type: "string",
    description: "gender or age",
    value: (r) => r.breakdown,
    label: "columnBreakdown",
    display: (r, { t }) => t(r.breakdown === "gender" ? "genderHeading" : "ageHeading"),
  },
  {
    name: "group",
    type: "string",
    description: "FEMALE, MALE; or an age group (AGE_18_24 … AGE_65_PLUS)",
    value: (r) => r.group,
    label: "columnGroup",
    display: (r, { t }) => t(r.breakdown === "gender" ? `genders.${r.group}` : `ages.${r.group}`),
    rowHeader: true,
  },
  { ...COLUMNS.shareOfVisits, value: (r) => r.share, label: "columnShare", format: "percent", bar: (r) => r.share },
  { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
];
