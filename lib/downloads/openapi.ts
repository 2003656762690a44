/**
 * The OpenAPI 3.1 description of the read-only API and the CSV downloads,
 * generated from the same Zod schemas that validate the requests
 * (z.toJSONSchema), so the document cannot drift from the code.
 */
import { z } from "zod";
import { errorSchema, pageSchema, pagingFields } from "./api-schema";
import { DATASETS } from "@/lib/downloads/datasets";
import { filterFields } from "./filters";
import type { Dataset } from "./types";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
}

function parameter(name: string, schema: z.ZodType): Json {
  const s = jsonSchema(schema);
  const { description, ...rest } = s;
  return { name, in: "query", required: false, description, schema: rest };
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

function filterParameters(dataset: Dataset): Json[] {
  return dataset.filterNames.map((n) => parameter(n, filterFields[n]));
}

export function buildOpenApi(): Json {
  const paths: Json = {};
  for (const d of DATASETS) {
    paths[`/api/v1/${d.id}`] = {
      get: {
        operationId: `list-${d.id}`,
        summary: d.description,
        tags: ["datasets"],
        parameters: [...filterParameters(d), parameter("limit", pagingFields.limit), parameter("cursor", pagingFields.cursor)],
        responses: {
          "200": { description: "One page of rows", content: { "application/json": { schema: jsonSchema(pageSchema(d)) } } },
          "400": errorResponse("A parameter is not valid; error.parameter names it"),
          "429": { ...errorResponse("Too many requests from this address"), headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } },
        },
      },
    };
    paths[`/api/downloads/${d.id}.csv`] = {
      get: {
        operationId: `csv-${d.id}`,
        summary: `${d.description} Whole selection as CSV, streamed.`,
        tags: ["csv"],
        parameters: [...filterParameters(d), { name: "bom", in: "query", required: false, description: "1: start with a UTF-8 byte order mark (for Excel)", schema: { type: "string", enum: ["1"] } }],
        responses: {
          "200": { description: "CSV (RFC 4180, UTF-8, header row with units in brackets)", content: { "text/csv": { schema: { type: "string" } } } },
          "400": errorResponse("A parameter is not valid; error.parameter names it"),
        },
      },
    };
  }
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "openapi",
      summary: "This document.",
      tags: ["meta"],
      responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "FEALAC MSME e-commerce portal — data API",
      version: "1.0.0",
      description:
        "Read-only access to the portal's datasets with the filters of the downloads page. Marketplace traffic is demonstration data (data_status=demonstration) until real data is loaded; country indicators are real and cite their sources.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: { Error: jsonSchema(errorSchema) } },
  };
}
