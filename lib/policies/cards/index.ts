/** The policy inventory's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";
import { policyCountryView } from "./country";
import { policyCoverageView } from "./coverage";
import { gapView } from "./gaps";
import { policySearchView } from "./search";

export const policyViews: readonly AnyView[] = [policySearchView, gapView, policyCountryView, policyCoverageView];
