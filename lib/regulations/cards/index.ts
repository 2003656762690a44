/** The regulation database's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";

export const regulationViews: readonly AnyView[] = [];
