"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/options";
import { getDb } from "@/lib/db";
import { suggestCorrection, suggestionFromForm, type SuggestionResult } from "@/lib/regulations-public/suggest-correction";

// A public write with no account: suggestCorrection validates, checks the
// honeypot and rate-limits by client address (read as sign-in does).

export type SuggestState = SuggestionResult | null;

export async function suggestCorrectionAction(_previous: SuggestState, form: FormData): Promise<SuggestState> {
  const address = clientAddress(Object.fromEntries((await headers()).entries()));
  return suggestCorrection(getDb(), suggestionFromForm(form), address);
}
