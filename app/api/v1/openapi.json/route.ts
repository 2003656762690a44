import { buildOpenApi } from "@/lib/downloads/openapi";

export const dynamic = "force-static";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description, generated from the Zod schemas. */
export function GET() {
  return Response.json(buildOpenApi());
}
