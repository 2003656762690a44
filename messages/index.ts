/**
 * UI messages, one file per feature and language (messages/<locale>/<feature>.json),
 * merged into one catalogue. A new feature adds its file in both languages and
 * lists it here; a test checks that English and Spanish have the same keys.
 */
import enAuth from "./en/auth.json";
import enExplorer from "./en/explorer.json";
import enHome from "./en/home.json";
import enShell from "./en/shell.json";
import esAuth from "./es/auth.json";
import esExplorer from "./es/explorer.json";
import esHome from "./es/home.json";
import esShell from "./es/shell.json";

export const messages = {
  en: { ...enShell, ...enHome, ...enExplorer, ...enAuth },
  es: { ...esShell, ...esHome, ...esExplorer, ...esAuth },
};

export type Messages = (typeof messages)["en"];
