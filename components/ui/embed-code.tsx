"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useId, useRef, useState } from "react";
import { usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { iframeSnippet } from "@/lib/core/share/iframe";
import { embedHref, matchEmbeddable } from "@/lib/core/share/views";

/**
 * "Embed" beside "Share" on every view with a chart (lib/core/share/views.ts):
 * a dialog with the <iframe> code of the view's embed route, with the same
 * choices as the view, ready to copy.
 */
export function EmbedCode() {
  const t = useTranslations("shell.embed");
  const locale = useLocale() as Locale;
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [code, setCode] = useState("");
  const [copied, setCopied] = useState(false);
  const titleId = useId();
  const introId = useId();
  const fieldId = useId();
  if (!matchEmbeddable(pathname)) return null;

  function open() {
    const src = new URL(embedHref({ locale, path: pathname, search: search ? `?${search}` : "" }), window.location.origin).href;
    const heading = document.querySelector("main h1")?.textContent?.trim() || document.title;
    setCode(iframeSnippet(src, heading));
    setCopied(false);
    dialog.current?.showModal();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // The browser refused the clipboard: the code stays selected in the field, to copy by hand.
      field.current?.focus();
      field.current?.select();
    }
  }

  return (
    <>
      <button type="button" className="button button--small button--secondary" onClick={open} aria-haspopup="dialog">
        {t("button")}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} aria-describedby={introId}>
        <h2 id={titleId}>{t("dialogTitle")}</h2>
        <p id={introId}>{t("dialogIntro")}</p>
        <label htmlFor={fieldId}>{t("codeLabel")}</label>
        <textarea id={fieldId} ref={field} readOnly rows={4} value={code} onFocus={(event) => event.currentTarget.select()} />
        <div className="embed-dialog__actions">
          <p role="status" className="embed-dialog__status">
            {copied ? t("copied") : null}
          </p>
          <button type="button" className="button button--small" onClick={copy}>
            {t("copy")}
          </button>
          <button type="button" className="button button--small button--secondary" onClick={() => dialog.current?.close()}>
            {t("close")}
          </button>
        </div>
      </dialog>
    </>
  );
}
