-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('REGULATION_ENTRY', 'POLICY');

-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'FOCAL_POINT';

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "economy_iso3" CHAR(3);

-- CreateTable
CREATE TABLE "focal_proposal" (
    "id" SERIAL NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "economy_iso3" CHAR(3) NOT NULL,
    "entry_id" INTEGER,
    "policy_id" INTEGER,
    "base_version" INTEGER,
    "payload" JSONB NOT NULL,
    "note" TEXT NOT NULL,
    "state" "ProposalState" NOT NULL DEFAULT 'PENDING',
    "review_reason" TEXT,
    "applied_version" INTEGER,
    "proposed_by_id" INTEGER NOT NULL,
    "reviewed_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_at" TIMESTAMPTZ(3),

    CONSTRAINT "focal_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "focal_proposal_state_created_at_idx" ON "focal_proposal"("state", "created_at");

-- CreateIndex
CREATE INDEX "focal_proposal_proposed_by_id_created_at_idx" ON "focal_proposal"("proposed_by_id", "created_at");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_economy_iso3_fkey" FOREIGN KEY ("economy_iso3") REFERENCES "country"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_economy_iso3_fkey" FOREIGN KEY ("economy_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "regulation_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A focal point speaks for exactly one economy, and only a focal point has one. The role is
-- compared as text: the enum value added above cannot be used as such in the same transaction.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_focal_point_economy" CHECK (("role"::text = 'FOCAL_POINT') = ("economy_iso3" IS NOT NULL));

-- An entry proposal names its entry. A policy proposal names no entry (and no policy when it is a new measure).
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_target" CHECK (
  ("kind" = 'REGULATION_ENTRY' AND "entry_id" IS NOT NULL AND "policy_id" IS NULL AND "base_version" IS NOT NULL)
  OR ("kind" = 'POLICY' AND "entry_id" IS NULL AND (("policy_id" IS NULL) = ("base_version" IS NULL) OR "state" = 'ACCEPTED'))
);

-- A reviewed proposal says when and by whom, and a rejected one says why.
ALTER TABLE "focal_proposal" ADD CONSTRAINT "focal_proposal_review" CHECK (
  ("state" = 'PENDING') = ("reviewed_at" IS NULL)
  AND ("state" <> 'REJECTED' OR "review_reason" IS NOT NULL)
);
