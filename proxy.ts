import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";

// Adds the locale prefix (/en, /es) to page URLs. Authorization is never
// decided here: every page, action and route checks it itself.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
