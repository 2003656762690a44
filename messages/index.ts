/**
 * UI messages, one file per feature and language (messages/<locale>/<feature>.json),
 * merged into one catalogue. A new feature adds its file in both languages and
 * lists it here; a test checks that English and Spanish have the same keys.
 */
import enAuth from "./en/auth.json";
import enCompare from "./en/compare.json";
import enCorridor from "./en/corridor.json";
import enDeterminants from "./en/determinants.json";
import enDownloads from "./en/downloads.json";
import enExplorer from "./en/explorer.json";
import enFocal from "./en/focal.json";
import enHome from "./en/home.json";
import enIngestion from "./en/ingestion.json";
import enIngestionProblems from "./en/ingestion-problems.json";
import enPolicies from "./en/policies.json";
import enRegulations from "./en/regulations.json";
import enRegulationAdmin from "./en/regulation-admin.json";
import enShell from "./en/shell.json";
import enSources from "./en/sources.json";
import enVocabularies from "./en/vocabularies.json";
import esAuth from "./es/auth.json";
import esCompare from "./es/compare.json";
import esCorridor from "./es/corridor.json";
import esDeterminants from "./es/determinants.json";
import esDownloads from "./es/downloads.json";
import esExplorer from "./es/explorer.json";
import esFocal from "./es/focal.json";
import esHome from "./es/home.json";
import esIngestion from "./es/ingestion.json";
import esIngestionProblems from "./es/ingestion-problems.json";
import esPolicies from "./es/policies.json";
import esRegulations from "./es/regulations.json";
import esRegulationAdmin from "./es/regulation-admin.json";
import esShell from "./es/shell.json";
import esSources from "./es/sources.json";
import esVocabularies from "./es/vocabularies.json";

export const messages = {
  en: { ...enShell, ...enHome, ...enExplorer, ...enCompare, ...enCorridor, ...enDeterminants, ...enPolicies, ...enRegulations, ...enRegulationAdmin, ...enFocal, ...enAuth, ...enVocabularies, ...enIngestion, ...enIngestionProblems, ...enDownloads, ...enSources },
  es: { ...esShell, ...esHome, ...esExplorer, ...esCompare, ...esCorridor, ...esDeterminants, ...esPolicies, ...esRegulations, ...esRegulationAdmin, ...esFocal, ...esAuth, ...esVocabularies, ...esIngestion, ...esIngestionProblems, ...esDownloads, ...esSources },
};

export type Messages = (typeof messages)["en"];
