import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, SHELL_NAMESPACES } from "@/i18n/client-messages";

/** Hands the client components below it the shell's messages and those of `namespaces` (i18n/client-messages.ts), nothing else. */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
