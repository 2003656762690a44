import { countryName } from "@/lib/core/i18n/country-names";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getEntries } from "@/lib/regulations/queries/entries";
import { getEconomies } from "@/lib/regulations/queries/taxonomy";
import { ENTRY_COLUMNS, entryCells, requestParams } from "@/lib/regulations/csv-columns";

export const dynamic = "force-dynamic";

/**
 * CSV of an economy's profile: every indicator with its entry (NO_DATA where
 * nothing is known), in taxonomy order. Scores: 0 open, 0.5 partial, 1 restrictive.
 */
export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const economy = (await getEconomies()).find((e) => e.iso3 === iso3.toUpperCase());
  if (!economy) return Response.json({ error: { parameter: "iso3", message: `${iso3} is not a FEALAC member` } }, { status: 404 });
  const { locale } = requestParams(request);
  const name = countryName(economy.iso3, locale);
  const rows = await getEntries([economy.iso3]);
  return csvResponse(toCsv({ columns: ENTRY_COLUMNS, rows: rows.map((e) => entryCells(e, name, locale)) }), `fealac-regulation-${economy.iso3.toLowerCase()}.csv`);
}
