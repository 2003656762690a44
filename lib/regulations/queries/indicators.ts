import "server-only";
import { getDb } from "@/lib/core/db";
import type { CyberlawArea, DigitalStriArea } from "@/lib/generated/prisma/client";

export interface IndicatorRow {
  code: string;
  pillarCode: string;
  nameEn: string;
  nameEs: string;
  score0En: string;
  score0Es: string;
  scoreHalfEn: string;
  scoreHalfEs: string;
  score1En: string;
  score1Es: string;
  weight: number;
  digitalStriArea: DigitalStriArea | null;
  cyberlawArea: CyberlawArea | null;
}

/** Every indicator in pillar order, with its scoring rule, weight and crosswalk. */
export async function getIndicators(): Promise<IndicatorRow[]> {
  return getDb().$queryRaw<IndicatorRow[]>`
    SELECT i.code, p.code AS "pillarCode", i.name_en AS "nameEn", i.name_es AS "nameEs",
           i.score0_en AS "score0En", i.score0_es AS "score0Es", i.score_half_en AS "scoreHalfEn", i.score_half_es AS "scoreHalfEs",
           i.score1_en AS "score1En", i.score1_es AS "score1Es", i.weight::float8 AS weight,
           i.digital_stri_area::text AS "digitalStriArea", i.cyberlaw_area::text AS "cyberlawArea"
    FROM regulation_indicator i JOIN regulation_pillar p ON p.id = i.pillar_id
    ORDER BY p.number, i.position`;
}
