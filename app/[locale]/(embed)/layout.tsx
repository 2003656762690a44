import type { Metadata } from "next";
import type { ReactNode } from "react";

// Embeds are copies of a view's chart: search engines index the view itself.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/** Chart-only embed routes: no header, navigation or footer, since they are shown inside other sites' pages. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="embed">
      {children}
    </main>
  );
}
