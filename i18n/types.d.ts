import type { Messages } from "@/messages";
import type { routing } from "./routing";

// Typed message keys: a misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
