/**
 * The regulation coverage figures, from the per-economy × pillar cells of
 * lib/regulations/queries/coverage.ts: one row per economy with its pillar
 * cells and their total, and the one-sentence summary the overview shows.
 */
import type { RegionCode } from "@/lib/core/regions";

export interface CoverageCount {
  /** The indicators counted (a pillar's, or all of them). */
  indicators: number;
  /** Of those, indicators with a sourced entry (status not NO_DATA, at least one source). */
  sourced: number;
  /** Of the sourced ones, entries verified by the secretariat. */
  verified: number;
}

export interface CoverageCellInput extends CoverageCount {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: RegionCode | null;
  pillarCode: string;
}

export interface RegulationCoverageRow {
  iso3: string;
  nameEn: string;
  nameEs: string;
  regionCode: RegionCode | null;
  /** By pillar code. */
  pillars: Record<string, CoverageCount>;
  total: CoverageCount;
}

/** Share of the sourced indicators that are verified; null (unknown) when none is sourced. */
export function verifiedShare(count: CoverageCount): number | null {
  return count.sourced === 0 ? null : count.verified / count.sourced;
}

/** Groups the cells by economy, keeping the query's order of economies. */
export function coverageRows(cells: readonly CoverageCellInput[]): RegulationCoverageRow[] {
  const rows = new Map<string, RegulationCoverageRow>();
  for (const cell of cells) {
    let row = rows.get(cell.iso3);
    if (!row) {
      row = { iso3: cell.iso3, nameEn: cell.nameEn, nameEs: cell.nameEs, regionCode: cell.regionCode, pillars: {}, total: { indicators: 0, sourced: 0, verified: 0 } };
      rows.set(cell.iso3, row);
    }
    row.pillars[cell.pillarCode] = { indicators: cell.indicators, sourced: cell.sourced, verified: cell.verified };
    row.total.indicators += cell.indicators;
    row.total.sourced += cell.sourced;
    row.total.verified += cell.verified;
  }
  return [...rows.values()];
}

export interface RegulationCoverageSummary {
  /** Economy × indicator cells with a sourced entry. */
  sourced: number;
  /** Economy × indicator cells (members × indicators). */
  cells: number;
  verified: number;
  /** Members with at least one sourced entry. */
  economies: number;
  members: number;
}

export function regulationCoverageSummary(rows: readonly RegulationCoverageRow[]): RegulationCoverageSummary {
  return {
    sourced: rows.reduce((n, r) => n + r.total.sourced, 0),
    cells: rows.reduce((n, r) => n + r.total.indicators, 0),
    verified: rows.reduce((n, r) => n + r.total.verified, 0),
    economies: rows.filter((r) => r.total.sourced > 0).length,
    members: rows.length,
  };
}
