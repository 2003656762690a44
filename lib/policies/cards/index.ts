/** The policy inventory's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";

export const policyViews: readonly AnyView[] = [];
