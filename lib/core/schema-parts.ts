/**
 * Zod building blocks for what arrives from outside (forms, query
 * parameters, API cursors, imported files), so every schema refuses the same
 * things the same way:
 * - text: Unicode-normalised (NFC), trimmed, bounded, and free of NUL and
 *   other control characters (PostgreSQL cannot store NUL in text, and
 *   control characters have no place in a name or a description; line breaks
 *   and tabs are kept where a field is multi-line);
 * - whole numbers within the range of the column they are stored in, so an
 *   id such as 99999999999 is "out of range", never a database error.
 */
import { z } from "zod";

/** PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f]/;

/** Text cleaned the same way everywhere: NFC, NUL and control characters refused ("controlCharacter"). */
export function text(options: { max: number; min?: number; multiline?: boolean }) {
  const forbidden = options.multiline ? CONTROL : CONTROL_OR_BREAK;
  return z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(options.min ?? 0)
        .max(options.max)
        .refine((value) => !forbidden.test(value), "controlCharacter"),
    );
}

/** Optional text: an empty field is null. */
export function optionalText(options: { max: number; multiline?: boolean }) {
  return z
    .string()
    .nullish()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(options.max)
        .refine((value) => !(options.multiline ? CONTROL : CONTROL_OR_BREAK).test(value), "controlCharacter"),
    )
    .transform((value) => (value === "" ? null : value));
}

/** A database id from a form or a URL: a whole number 1 … INT4_MAX. */
export const id = z.coerce.number().int().min(1).max(INT4_MAX);

/** A whole number within [min, max] (max defaults to the int4 range). */
export function wholeNumber(min: number, max: number = INT4_MAX) {
  return z.coerce.number().int().min(min).max(max);
}

/** Whether a string may be used as is in a query or a key: no NUL or control character. */
export function isCleanText(value: string): boolean {
  return !CONTROL_OR_BREAK.test(value);
}
