import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated Prisma client and pg stay on the server, unbundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Traffic files uploaded from the admin screen (up to 50 MB, lib/ingest/actions/) pass through
  // the locale proxy and a server action, whose default body limits are 10 MB and 1 MB.
  experimental: { serverActions: { bodySizeLimit: "51mb" }, proxyClientMaxBodySize: "51mb" },
  // Per-view CSVs have one route (app/api/csv/[...path]); the links published
  // before it (/api/explorer/…, /api/regulations/…, /api/policies/…) keep answering.
  async rewrites() {
    return ["explorer", "regulations", "policies"].flatMap((feature) => [
      { source: `/api/${feature}`, destination: `/api/csv/${feature}` },
      { source: `/api/${feature}/:path*`, destination: `/api/csv/${feature}/:path*` },
    ]);
  },
  // X-Frame-Options and the CSP are set per request in proxy.ts: the chart-only embed routes may be framed.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
