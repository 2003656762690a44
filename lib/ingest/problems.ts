/**
 * A problem in an ingestion file is stored as a message code with its
 * parameters, so that the admin screen shows it in the reader's language
 * (messages/<locale>/ingestion-problems.json), and as its English text, which
 * the ingestion route answers with and old run records keep.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en/ingestion-problems.json";

type Catalogue = (typeof en)["ingestionProblems"];
/** "emptyFile", "value.notMonth", … */
export type ProblemCode = { [K in keyof Catalogue]: Catalogue[K] extends string ? K : `${K & string}.${keyof Catalogue[K] & string}` }[keyof Catalogue];
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: ProblemCode;
  params?: ProblemParams;
}

const english = createTranslator({ locale: "en", messages: en, namespace: "ingestionProblems" });

export function englishMessage({ code, params }: Problem): string {
  return english(code, params);
}

/** Zod messages in lib/ingest/kinds.ts are the value.* codes. */
export const VALUE_PROBLEMS = Object.keys(en.ingestionProblems.value) as Array<keyof Catalogue["value"]>;
