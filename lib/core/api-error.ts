/** The API's one error shape: { error: { code, message, parameter } }. */
export function apiError(status: number, code: string, message: string, parameter?: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message, parameter: parameter ?? null } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
