"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { SECTIONS } from "@/components/shell/sections";
import { usePathname } from "@/i18n/navigation";

type Outcome = "copied" | "shared" | "manual";

const noSubscription = () => () => undefined;

/** The view's link as the address bar has it: the pages redirect to their canonical query, so this is the canonical URL. */
function viewUrl(): string {
  const url = new URL(window.location.href);
  url.hash = "";
  return url.href;
}

function cancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/**
 * "Share" on every view of the public sections: copies the view's link, with
 * its query, to the clipboard and says so in a status message. Where the
 * browser refuses the clipboard it opens the system share sheet if there is
 * one, and otherwise shows the link in a read-only field, selected, to copy
 * by hand. Shown once the page runs JavaScript, since it does nothing without.
 * `children` are the view's other sharing controls ("Embed"), shown beside it.
 */
export function ShareLink({ children }: { children?: ReactNode }) {
  const t = useTranslations("shell.share");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const running = useSyncExternalStore(noSubscription, () => true, () => false);
  const view = `${pathname}?${search}`;
  // What the last click did, and on which view: a new view starts without a message.
  const [done, setDone] = useState<{ outcome: Outcome; link: string; view: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const fieldId = useId();
  const outcome = done?.view === view ? done.outcome : null;

  useEffect(() => {
    if (outcome === "manual") {
      field.current?.focus();
      field.current?.select();
    }
  }, [outcome, done]);

  if (!running || !SECTIONS.some(({ href }) => pathname === href || pathname.startsWith(`${href}/`))) return null;

  async function share() {
    const link = viewUrl();
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setDone({ outcome: "copied", link, view });
      return;
    } catch {
      // No clipboard, or the browser refused it: share or show the link instead.
    }
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ url: link, title: document.title });
        setDone({ outcome: "shared", link, view });
        return;
      } catch (error) {
        if (cancelled(error)) return;
      }
    }
    setDone({ outcome: "manual", link, view });
  }

  return (
    <div className="share">
      <button type="button" className="button button--small button--secondary" aria-describedby={hintId} onClick={share}>
        {t("button")}
      </button>
      {children}
      <span id={hintId} className="visually-hidden">
        {t("hint")}
      </span>
      <p role="status" className="share__status">
        {outcome ? t(outcome) : null}
      </p>
      {outcome === "manual" ? (
        <p className="share__field">
          <label htmlFor={fieldId}>{t("field")}</label>
          <input id={fieldId} ref={field} type="text" readOnly value={done!.link} onFocus={(event) => event.currentTarget.select()} />
        </p>
      ) : null}
    </div>
  );
}
