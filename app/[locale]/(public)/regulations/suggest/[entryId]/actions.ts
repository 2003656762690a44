"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db";
import { suggestCorrection, suggestionFromForm, type SuggestionResult } from "@/lib/regulations-public/suggest-correction";

// A public write with no account: suggestCorrection validates, checks the
// honeypot and rate-limits by client address (read as sign-in does).

export type SuggestState = SuggestionResult | null;

export async function suggestCorrectionAction(_previous: SuggestState, form: FormData): Promise<SuggestState> {
  const address = clientAddress(await headers());
  return suggestCorrection(getDb(), suggestionFromForm(form), address);
}
