/**
 * A visitor's suggested correction to a regulation entry.
 *
 * This is the portal's one public write: it needs no account, so it does not
 * go through defineAction (whose point is the role check) and is not in the
 * action registry. Instead it guards itself: Zod validation, a honeypot field
 * (filled only by bots — they are told "thank you" and nothing is stored), and
 * a per-address rate limit kept in PostgreSQL. It only ever inserts a PENDING
 * suggestion; staff decide what to do with it.
 */
import { fieldErrorsOf, type FieldErrors } from "@/lib/core/actions";
import { hit } from "@/lib/core/rate-limit/rate-limit";
import type { Database } from "@/lib/core/db";
import { SuggestionSchema } from "@/lib/regulations/schemas/entry";

/** Suggestions per client address per window. */
export const SUGGESTION_LIMIT = { limit: 5, windowSeconds: 60 * 60 };

export type SuggestionResult =
  | { ok: true }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "rate-limited"; retryAfter: number }
  | { ok: false; error: "not-found" };

export async function suggestCorrection(db: Database, raw: unknown, address: string): Promise<SuggestionResult> {
  // The honeypot was filled (with text, or with anything a form cannot send):
  // pretend success, store nothing, tell nothing.
  if (typeof raw === "object" && raw !== null && "website" in raw && honeypotFilled(raw.website)) return { ok: true };
  const parsed = SuggestionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { entryId, message, contactEmail } = parsed.data;
  const limited = await hit(db, `suggest:address:${address}`, SUGGESTION_LIMIT.limit, SUGGESTION_LIMIT.windowSeconds);
  if (!limited.allowed) return { ok: false, error: "rate-limited", retryAfter: limited.retryAfter };
  if (!(await db.regulationEntry.findUnique({ where: { id: entryId }, select: { id: true } }))) return { ok: false, error: "not-found" };
  await db.regulationSuggestion.create({ data: { entryId, message, contactEmail } });
  return { ok: true };
}

function honeypotFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== "string" || value.trim() !== "";
}

/** The form's fields as the schema expects them (an empty email is no email). */
export function suggestionFromForm(form: Pick<FormData, "get">) {
  const text = (key: string) => String(form.get(key) ?? "").trim();
  return { entryId: text("entryId"), message: text("message"), contactEmail: text("contactEmail") || null, website: String(form.get("website") ?? "") };
}
