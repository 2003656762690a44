/**
 * Integration tests run against the real PostgreSQL that `npm test` provides
 * (DATABASE_URL). Once per run, a migrated template database is made; each
 * test file copies it into a scratch database of its own.
 */
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/scripts/db/migrate";
import { createEmptyDatabase, dropDatabase, templateDatabaseName } from "./scratch-database";

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error("Integration tests need DATABASE_URL: run them through `npm test` (it starts PostgreSQL).");
  }
  const template = templateDatabaseName();
  const templateUrl = await createEmptyDatabase(serverUrl, template);
  await applyMigrations(templateUrl);
  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", template);
  return async () => dropDatabase(serverUrl, template);
}

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}
