/**
 * The one wrapper every write goes through. A server action is a public
 * endpoint, so each one checks the caller's role itself (middleware never
 * decides), then validates its input with Zod, before any work is done.
 *
 * An action is defined here as a plain function of (actor, input); the
 * "use server" files next to the pages only bind it to the current request's
 * actor. That keeps authorization testable for every action (tests/integration/authorization.test.ts).
 */
import type { z } from "zod";
import { getDb, type Database } from "../db";
import { hasRole, type Actor, type Role } from "../auth/roles";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: "unauthenticated" | "forbidden" }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not-found" | "conflict" | "refused"; message: string };

export interface Action<Output> {
  (actor: Actor | null, input: unknown): Promise<ActionResult<Output>>;
  /** The least role allowed to call it (read by the authorization test matrix). */
  readonly role: Role;
  readonly actionName: string;
}

/** Zod issues as { "field.path": ["message", …] } for field-level messages in forms. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
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
    return spec.run(actor, parsed.data, getDb());
  };
  return Object.assign(action, { role: spec.role, actionName: spec.name });
}
