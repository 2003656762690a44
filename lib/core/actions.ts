/**
 * The one wrapper every write goes through. A server action is a public
 * endpoint, so each one checks the caller's role itself (middleware never
 * decides), then validates its input with Zod, before any work is done.
 *
 * An action is defined here as a plain function of (actor, input); the
 * "use server" files next to the pages only bind it to the current request's
 * actor. That keeps authorization testable for every action (tests/integration/authorization.test.ts).
 *
 * A successful action has written and committed: the cached public data is
 * invalidated here, for every action (lib/core/cache), before its result
 * (and the page the form then shows) goes back.
 */
import type { z } from "zod";
import { getDb, type Database } from "@/lib/core/db";
import { hasRole, type Actor, type Role } from "@/lib/core/auth/roles";
import { dataChanged } from "@/lib/core/cache";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: "unauthenticated" | "forbidden" }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not-found" | "refused"; message: string }
  /** Someone saved first: `current` is their version, to show what changed. */
  | { ok: false; error: "conflict"; message: string; current?: Record<string, unknown> };

export interface Action<Output> {
  (actor: Actor | null, input: unknown): Promise<ActionResult<Output>>;
  /** The least role allowed to call it (read by the authorization test matrix). */
  readonly role: Role;
  readonly actionName: string;
}

/**
 * A message code for a Zod issue, translated by the form (admin.fieldErrors).
 * Schemas give their own codes ("chooseRole"); Zod's built-in English
 * messages are turned into codes here, so every message can be translated.
 */
function messageCode(issue: z.core.$ZodIssue): string {
  if (/^[a-z][A-Za-z]*$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" || issue.origin === "array" ? "required" : "outOfRange";
    case "too_big":
      return issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "outOfRange";
    case "invalid_type":
      return issue.expected === "number" || issue.expected === "int" ? "notWholeNumber" : "required";
    case "invalid_value":
      return "chooseOption";
    default:
      return "invalidValue";
  }
}

/** Zod issues as { "field.path": ["code", …] } for field-level messages in forms. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(messageCode(issue));
  }
  return errors;
}

export function defineAction<S extends z.ZodType, Output>(spec: {
  name: string;
  role: Role;
  input: S;
  run: (actor: Actor, input: z.output<S>, db: Database) => Promise<ActionResult<Output>>;
}): Action<Output> {
  const action = async (actor: Actor | null, raw: unknown): Promise<ActionResult<Output>> => {
    if (!actor) return { ok: false, error: "unauthenticated" };
    if (!hasRole(actor.role, spec.role)) return { ok: false, error: "forbidden" };
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
    const db = getDb();
    const result = await spec.run(actor, parsed.data, db);
    if (result.ok) {
      await dataChanged(db).catch((error: unknown) => console.error("Could not tell the other instances about a change:", error));
    }
    return result;
  };
  return Object.assign(action, { role: spec.role, actionName: spec.name });
}
