"use client";

import { useTranslations } from "next-intl";

/**
 * A field's validation messages. Schemas give message codes (e.g.
 * "invalidEmail"); they are translated here, and any other text is shown as is.
 */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  const t = useTranslations("admin.fieldErrors");
  if (!messages?.length) return null;
  // Codes are checked at run time: a schema may also give plain text.
  const translate = (m: string) => (t.has(m as Parameters<typeof t>[0]) ? t(m as Parameters<typeof t>[0]) : m);
  return (
    <p className="form__field-error" id={id}>
      {messages.map(translate).join(" ")}
    </p>
  );
}
