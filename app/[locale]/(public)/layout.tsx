import type { ReactNode } from "react";
import { Suspense } from "react";
import { ShareLink } from "@/components/ui/share-link";

/** Public pages: each view of the four sections gets its "Share" control here, once, above the view's own header. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Suspense fallback={null}>
        <ShareLink />
      </Suspense>
      {children}
    </>
  );
}
