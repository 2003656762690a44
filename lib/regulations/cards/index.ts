/** The regulation database's downloadable views, for the per-view CSV route (lib/views.ts). */
import type { AnyView } from "@/lib/core/cards/types";
import { compareView } from "./compare";
import { coverageView } from "./coverage";
import { economyView } from "./economy";
import { overviewView } from "./overview";
import { pathsView } from "./paths";
import { pillarView } from "./pillar";
import { searchView } from "./search";
import { similarityView } from "./similarity";
import { whatIfView } from "./what-if";

export const regulationViews: readonly AnyView[] = [overviewView, economyView, pillarView, compareView, similarityView, whatIfView, pathsView, searchView, coverageView];
