import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getMarketplaceBySlug, getMonthlyGrowth } from "@/lib/explorer/queries/marketplace";

export const dynamic = "force-dynamic";

/** CSV of a marketplace's monthly series with its growth rates, as its page shows them. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const marketplace = await getMarketplaceBySlug(slug);
  if (!marketplace) {
    return Response.json({ error: { parameter: "slug", message: `no marketplace "${slug}"` } }, { status: 404 });
  }
  const rows = await getMonthlyGrowth(marketplace.id);
  const isDemo = await getTrafficIsDemo({ marketplaceIds: [marketplace.id] });
  return csvResponse(
    toCsv({
      columns: ["marketplace", "domain", "country_iso3", "month", "visits", "growth_mom", "growth_yoy", "demonstration_data"],
      rows: rows.map((r) => [marketplace.name, marketplace.domain, marketplace.countryIso3, r.month.slice(0, 7), r.visits, r.mom, r.yoy, isDemo]),
    }),
    `fealac-explorer-marketplace-${marketplace.slug}-monthly.csv`,
  );
}
