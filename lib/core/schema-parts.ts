/**
 * Zod building blocks for what arrives from outside (forms, query
 * parameters, API cursors, imported files), so every schema refuses the same
 * things the same way:
 * - text: Unicode-normalised (NFC), trimmed, bounded, and free of NUL and
 *   other control characters (PostgreSQL cannot store NUL in text, and
 *   control characters have no place in a name or a description; line breaks
 *   and tabs are kept where a field is multi-line) and of unpaired UTF-16
 *   surrogates (half a character, which has no UTF-8 form: the database
 *   driver and PostgreSQL both refuse it);
 * - whole numbers within the range of the column they are stored in, so an
 *   id such as 99999999999 is "out of range", never a database error.
 */
import { z } from "zod";

/** PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a text holds no forbidden character (control characters per `forbidden`, lone surrogates always). */
function isStorable(value: string, forbidden: RegExp): boolean {
  return !forbidden.test(value) && !LONE_SURROGATE.test(value);
}

/**
 * Message codes for a too short or too long text, when a form says more than
 * the generic "required" / "tooLong" (e.g. "messageTooShort").
 */
interface TextMessages {
  min?: string;
  max?: string;
}

/** Text cleaned the same way everywhere: NFC, NUL, control characters and half characters refused ("controlCharacter"). */
export function text(options: { max: number; min?: number; multiline?: boolean; messages?: TextMessages }) {
  const forbidden = options.multiline ? CONTROL : CONTROL_OR_BREAK;
  return z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(options.min ?? 0, options.messages?.min)
        .max(options.max, options.messages?.max)
        .refine((value) => isStorable(value, forbidden), "controlCharacter"),
    );
}

/** Optional text: an empty field is null. */
export function optionalText(options: { max: number; multiline?: boolean; messages?: Pick<TextMessages, "max"> }) {
  return z
    .string()
    .nullish()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(options.max, options.messages?.max)
        .refine((value) => isStorable(value, options.multiline ? CONTROL : CONTROL_OR_BREAK), "controlCharacter"),
    )
    .transform((value) => (value === "" ? null : value));
}

/**
 * A database id from a form or a URL: a whole number 1 … INT4_MAX. With a
 * message code, every way of being wrong gives that one code (a hidden
 * field's "the record this form refers to is not valid").
 */
export function idOf(message?: string) {
  return z.coerce.number({ error: message }).int(message).min(1, message).max(INT4_MAX, message);
}

export const id = idOf();

/** A whole number within [min, max] (max defaults to the int4 range). */
export function wholeNumber(min: number, max: number = INT4_MAX) {
  return z.coerce.number().int().min(min).max(max);
}

/**
 * Free text from outside that is read, not refused (a search box, an uploaded
 * file's name): control characters become spaces, whitespace runs collapse,
 * and the result is cut at `max` characters.
 */
export function cleanText(raw: string, max: number): string {
  return raw
    .normalize("NFC")
    .replace(new RegExp(CONTROL_OR_BREAK.source, "g"), " ")
    .replace(new RegExp(LONE_SURROGATE.source, "g"), "\ufffd")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max)
    .trim();
}

/** Whether a string may be used as is in a query or a key: no NUL, control character or half character. */
export function isCleanText(value: string): boolean {
  return isStorable(value, CONTROL_OR_BREAK);
}
