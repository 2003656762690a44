/** The explorer's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";
import { countryView } from "./country";
import { regionView } from "./region";

export const explorerViews: readonly AnyView[] = [regionView, countryView];
