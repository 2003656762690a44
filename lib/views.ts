/**
 * Every view whose tables can be downloaded as CSV ("Download displayed
 * data"), for the one per-view CSV route (app/api/csv/[...path]). A view is
 * defined beside its feature's queries (lib/<feature>/cards/); listing it in
 * the feature's cards/index.ts is what makes /api/csv/<its path>/<card> answer.
 */
import type { AnyView } from "@/lib/core/cards/types";
import { explorerViews } from "@/lib/explorer/cards";
import { policyViews } from "@/lib/policies/cards";
import { regulationViews } from "@/lib/regulations/cards";

export const VIEWS: readonly AnyView[] = [...explorerViews, ...regulationViews, ...policyViews];
