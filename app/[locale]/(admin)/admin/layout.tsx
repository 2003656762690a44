import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** Staff screens: their forms read the admin, regulation-admin, ingestion and vocabulary messages in the browser. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["admin", "regulationAdmin", "verifyQueue", "ingestion", "ingestionProblems", "vocabularies", "focal"]}>{children}</ClientMessages>;
}
