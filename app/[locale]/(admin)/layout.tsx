import type { ReactNode } from "react";
import { SiteChrome } from "@/components/shell/site-chrome";

/** Staff and focal-point screens, in the portal's frame. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
