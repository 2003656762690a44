/** The explorer's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";
import { compareView } from "./compare";
import { corridorView } from "./corridor";
import { countryView } from "./country";
import { determinantsView } from "./determinants";
import { marketplaceView } from "./marketplace";
import { regionView } from "./region";

export const explorerViews: readonly AnyView[] = [regionView, countryView, marketplaceView, compareView, corridorView, determinantsView];
