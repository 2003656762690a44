/**
 * The data functions that public pages and the JSON API call outside their
 * cards (card rows and the views' resolve for the CSV route are cached by
 * defineCard / defineView): each view's context as its page resolves it, and
 * the page-level queries, each cached by its arguments (lib/core/cache).
 * Pages import them from here; the feature's own function stays uncached for
 * scripts, tests and benchmarks.
 */
import "server-only";
import { cached } from "@/lib/core/cache";
import { getRows as rows } from "@/lib/downloads/queries/rows";
import { getSuggestedPair as suggestedPair } from "@/lib/explorer/queries/compare";
import { getMemberCountry as memberCountry, getTrafficSources as trafficSources } from "@/lib/explorer/queries/country";
import { getMarketplaceBySlug as marketplaceBySlug, getRankInCountry as rankInCountry } from "@/lib/explorer/queries/marketplace";
import { getMemberCountries as memberCountries } from "@/lib/explorer/queries/members";
import { getCompleteYears as completeYears } from "@/lib/explorer/queries/region-overview";
import { getHomeCoverage as homeCoverage, getHomeSummary as homeSummary } from "@/lib/home/queries";
import { countCountryPolicies as countryPolicies } from "@/lib/policies/queries/country";
import { getPublishedPolicy as publishedPolicy, getRelatedPolicies as relatedPolicies } from "@/lib/policies/queries/detail";
import { getPeerBenchmark as peerBenchmark } from "@/lib/policies/queries/gaps";
import { getFacetCounts as facetCounts, searchPolicies as policySearch } from "@/lib/policies/queries/search";
import { getPolicyVocabularies as policyVocabularies } from "@/lib/policies/queries/vocabularies";
import { getEntryContext as entryContext } from "@/lib/regulations/queries/admin";
import { getIndicators as indicators } from "@/lib/regulations/queries/indicators";
import { getOverallScores as overallScores } from "@/lib/regulations/queries/scores";
import { searchEntries as entrySearch } from "@/lib/regulations/queries/search";
import { getCoverage as coverage, getEconomies as economies, getPillars as pillars } from "@/lib/regulations/queries/taxonomy";
import { resolveCompareView as uncachedResolveExplorerCompareView } from "@/lib/explorer/cards/compare";
import { resolveCorridorView as uncachedResolveCorridorView } from "@/lib/explorer/cards/corridor";
import { resolveCountryView as uncachedResolveCountryView } from "@/lib/explorer/cards/country";
import { resolveDeterminantsView as uncachedResolveDeterminantsView } from "@/lib/explorer/cards/determinants";
import { resolveMarketplaceView as uncachedResolveMarketplaceView } from "@/lib/explorer/cards/marketplace";
import { resolveRegionView as uncachedResolveRegionView } from "@/lib/explorer/cards/region";
import { resolvePolicyCountry as uncachedResolvePolicyCountry } from "@/lib/policies/cards/country";
import { resolveGapView as uncachedResolveGapView } from "@/lib/policies/cards/gaps";
import { resolvePolicySearch as uncachedResolvePolicySearch } from "@/lib/policies/cards/search";
import { resolveCompareView as uncachedResolveRegulationCompareView } from "@/lib/regulations/cards/compare";
import { resolveEconomyView as uncachedResolveEconomyView } from "@/lib/regulations/cards/economy";
import { resolvePillarView as uncachedResolvePillarView } from "@/lib/regulations/cards/pillar";
import { resolveSearchView as uncachedResolveSearchView } from "@/lib/regulations/cards/search";
import { resolveSimilarityView as uncachedResolveSimilarityView } from "@/lib/regulations/cards/similarity";
import { resolvePathsView as uncachedResolvePathsView } from "@/lib/regulations/cards/paths";
import { resolveWhatIfView as uncachedResolveWhatIfView } from "@/lib/regulations/cards/what-if";

export const getHomeSummary = cached("home.summary", homeSummary);
export const getHomeCoverage = cached("home.coverage", homeCoverage, ["regulations", "policies", "catalogue"]);

export const getCompleteYears = cached("explorer.completeYears", completeYears, ["traffic", "catalogue"]);
export const getMemberCountries = cached("explorer.memberCountries", memberCountries, ["catalogue"]);
export const getMemberCountry = cached("explorer.memberCountry", memberCountry, ["catalogue"]);
export const getMarketplaceBySlug = cached("explorer.marketplaceBySlug", marketplaceBySlug, ["traffic", "catalogue"]);
export const getRankInCountry = cached("explorer.rankInCountry", rankInCountry, ["traffic", "catalogue"]);
export const getSuggestedPair = cached("explorer.suggestedPair", suggestedPair, ["traffic", "catalogue"]);
export const getTrafficSources = cached("explorer.trafficSources", trafficSources, ["traffic", "catalogue"]);

export const getEconomies = cached("regulations.economies", economies, ["regulations", "catalogue"]);
export const getPillars = cached("regulations.pillars", pillars, ["regulations"]);
export const getCoverage = cached("regulations.coverage", coverage, ["regulations", "catalogue"]);
export const getIndicators = cached("regulations.indicators", indicators, ["regulations"]);
export const getOverallScores = cached("regulations.overallScores", overallScores, ["regulations", "catalogue"]);
export const searchEntries = cached("regulations.search", entrySearch, ["regulations", "catalogue"]);
export const getEntryContext = cached("regulations.entryContext", entryContext, ["regulations", "catalogue"]);

export const searchPolicies = cached("policies.search", policySearch, ["policies", "catalogue"]);
export const getFacetCounts = cached("policies.facetCounts", facetCounts, ["policies", "catalogue"]);
export const getPublishedPolicy = cached("policies.published", publishedPolicy, ["policies", "catalogue"]);
export const getRelatedPolicies = cached("policies.related", relatedPolicies, ["policies", "catalogue"]);
export const getPolicyVocabularies = cached("policies.vocabularies", policyVocabularies, ["policies"]);
export const countCountryPolicies = cached("policies.countryCount", countryPolicies, ["policies", "catalogue"]);
export const getPeerBenchmark = cached("policies.peerBenchmark", peerBenchmark, ["policies", "catalogue"]);

/** Rows of a download dataset (the JSON API, the downloads preview): any table may be in it. */
export const getRows = cached("downloads.rows", rows);

/** View contexts as the pages resolve them (the URL state, its defaults from the data, the demonstration flag). */
export const resolveExplorerCompareView = cached("explorer.resolveExplorerCompareView", uncachedResolveExplorerCompareView);
export const resolveCorridorView = cached("explorer.resolveCorridorView", uncachedResolveCorridorView);
export const resolveCountryView = cached("explorer.resolveCountryView", uncachedResolveCountryView);
export const resolveDeterminantsView = cached("explorer.resolveDeterminantsView", uncachedResolveDeterminantsView);
export const resolveMarketplaceView = cached("explorer.resolveMarketplaceView", uncachedResolveMarketplaceView);
export const resolveRegionView = cached("explorer.resolveRegionView", uncachedResolveRegionView);
export const resolvePolicyCountry = cached("policies.resolvePolicyCountry", uncachedResolvePolicyCountry);
export const resolveGapView = cached("policies.resolveGapView", uncachedResolveGapView);
export const resolvePolicySearch = cached("policies.resolvePolicySearch", uncachedResolvePolicySearch);
export const resolveRegulationCompareView = cached("regulations.resolveRegulationCompareView", uncachedResolveRegulationCompareView);
export const resolveEconomyView = cached("regulations.resolveEconomyView", uncachedResolveEconomyView);
export const resolvePillarView = cached("regulations.resolvePillarView", uncachedResolvePillarView);
export const resolveSearchView = cached("regulations.resolveSearchView", uncachedResolveSearchView);
export const resolveSimilarityView = cached("regulations.resolveSimilarityView", uncachedResolveSimilarityView);
export const resolveWhatIfView = cached("regulations.resolveWhatIfView", uncachedResolveWhatIfView);
export const resolvePathsView = cached("regulations.resolvePathsView", uncachedResolvePathsView);
