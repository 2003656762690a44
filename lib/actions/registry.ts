/**
 * Every write action of the portal. The authorization test matrix calls each
 * one as a visitor and as a staff member without the role; a test also checks
 * that every action module under lib/actions/ is listed here.
 */
import type { Action } from "./define-action";
import { runIngestionNow } from "./ingestion/run-ingestion-now";
import { uploadIngestionFile } from "./ingestion/upload-ingestion-file";
import { savePolicy } from "./policies/save-policy";
import { reviewSuggestion } from "./regulations/review-suggestion";
import { saveRegulationEntry } from "./regulations/save-regulation-entry";
import { setPolicyState } from "./policies/set-policy-state";
import { changeUserRole } from "./users/change-user-role";
import { createUser } from "./users/create-user";
import { setUserActive } from "./users/set-user-active";
import { mergeTerms } from "./vocabularies/merge-terms";
import { saveTerm } from "./vocabularies/save-term";

export const ACTIONS: ReadonlyArray<Action<unknown>> = [createUser, changeUserRole, setUserActive, savePolicy, setPolicyState, saveTerm, mergeTerms, uploadIngestionFile, runIngestionNow, saveRegulationEntry, reviewSuggestion];
