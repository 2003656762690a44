/**
 * Every write action of the portal. The authorization test matrix calls each
 * one as a visitor, as a staff member without the role and as a focal point; a test also checks
 * that every action module under a feature's actions/ folder is listed here.
 */
import type { Action } from "@/lib/core/actions";
import { proposeEntryChange } from "@/lib/focal/actions/propose-entry-change";
import { proposePolicy } from "@/lib/focal/actions/propose-policy";
import { reviewProposal } from "@/lib/focal/actions/review-proposal";
import { runIngestionNow } from "@/lib/ingest/actions/run-ingestion-now";
import { uploadIngestionFile } from "@/lib/ingest/actions/upload-ingestion-file";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { reviewSuggestion } from "@/lib/regulations/actions/review-suggestion";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import { setPolicyState } from "@/lib/policies/actions/set-policy-state";
import { changeUserRole } from "@/lib/users/actions/change-user-role";
import { createUser } from "@/lib/users/actions/create-user";
import { setUserActive } from "@/lib/users/actions/set-user-active";
import { mergeTerms } from "@/lib/policies/actions/merge-terms";
import { saveTerm } from "@/lib/policies/actions/save-term";
import { verifyPolicy } from "@/lib/policies/actions/verify-policy";
import { bulkVerifyIndicator } from "@/lib/regulations/actions/bulk-verify-indicator";
import { verifyRegulationEntry } from "@/lib/regulations/actions/verify-regulation-entry";

export const ACTIONS: ReadonlyArray<Action<unknown>> = [createUser, changeUserRole, setUserActive, savePolicy, setPolicyState, saveTerm, mergeTerms, uploadIngestionFile, runIngestionNow, saveRegulationEntry, reviewSuggestion, verifyRegulationEntry, bulkVerifyIndicator, verifyPolicy, proposeEntryChange, proposePolicy, reviewProposal];
