import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** Focal-point screens: their forms are the staff forms in proposal mode, so they read the same messages. */
export default function FocalLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["admin", "regulationAdmin", "focal"]}>{children}</ClientMessages>;
}
