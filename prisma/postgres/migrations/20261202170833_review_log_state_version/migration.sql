-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "stateVersion" INTEGER;

-- Backfill: a card's latest graded review wrote its current version when the card still shows that review
-- (last reviewed then, not reset to New). Older reviews get a version only when undo reaches them.
UPDATE "ReviewLog" SET "stateVersion" = (SELECT c."version" FROM "CardState" c WHERE c."id" = "ReviewLog"."cardStateId")
WHERE "rating" >= 1
  AND "id" = (SELECT l."id" FROM "ReviewLog" l WHERE l."cardStateId" = "ReviewLog"."cardStateId" AND l."rating" >= 1
              ORDER BY l."review" DESC, l."createdAt" DESC LIMIT 1)
  AND EXISTS (SELECT 1 FROM "CardState" c WHERE c."id" = "ReviewLog"."cardStateId" AND c."lastReview" = "ReviewLog"."review" AND c."state" <> 0);
