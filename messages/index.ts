/**
 * UI messages, one file per feature and language (messages/<locale>/<feature>.json),
 * merged into one catalogue per language. The English files are the source:
 * they give every key and the `Messages` type. Every other language in
 * i18n/routing.ts is read from its folder with the same file names, so a new
 * language needs no line here; a new feature adds its English file below and
 * the same file in every language's folder (a test checks the keys match).
 */
import { routing, type Locale } from "@/i18n/routing";
import auth from "./en/auth.json";
import brief from "./en/brief.json";
import charts from "./en/charts.json";
import compare from "./en/compare.json";
import corridor from "./en/corridor.json";
import determinants from "./en/determinants.json";
import downloads from "./en/downloads.json";
import explorer from "./en/explorer.json";
import focal from "./en/focal.json";
import home from "./en/home.json";
import ingestion from "./en/ingestion.json";
import ingestionProblems from "./en/ingestion-problems.json";
import policies from "./en/policies.json";
import regulations from "./en/regulations.json";
import regulationAdmin from "./en/regulation-admin.json";
import shell from "./en/shell.json";
import sources from "./en/sources.json";
import vocabularies from "./en/vocabularies.json";

/** The feature files by name (messages/<locale>/<name>.json), in the order they are merged. */
const ENGLISH = {
  shell,
  home,
  explorer,
  compare,
  corridor,
  determinants,
  policies,
  regulations,
  "regulation-admin": regulationAdmin,
  focal,
  auth,
  vocabularies,
  ingestion,
  "ingestion-problems": ingestionProblems,
  downloads,
  sources,
  charts,
  brief,
};

/** The feature files every language has, without ".json". */
export const MESSAGE_FILES = Object.keys(ENGLISH) as ReadonlyArray<keyof typeof ENGLISH>;

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/** The whole catalogue: every feature file's keys. */
export type Messages = UnionToIntersection<(typeof ENGLISH)[keyof typeof ENGLISH]>;

const english = Object.assign({}, ...Object.values(ENGLISH)) as Messages;

async function load(locale: Locale): Promise<Messages> {
  if (locale === "en") return english;
  const files = await Promise.all(MESSAGE_FILES.map(async (file) => (await import(`./${locale}/${file}.json`)).default));
  return Object.assign({}, ...files) as Messages;
}

const loaded = new Map<Locale, Promise<Messages>>();

/** The merged catalogue of one language, read once. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = load(locale)));
  return messages;
}

/** Every language's catalogue, for tests and scripts that read several at once. */
export async function loadAllMessages(): Promise<Record<Locale, Messages>> {
  const entries = await Promise.all(routing.locales.map(async (locale) => [locale, await loadMessages(locale)] as const));
  return Object.fromEntries(entries) as Record<Locale, Messages>;
}
