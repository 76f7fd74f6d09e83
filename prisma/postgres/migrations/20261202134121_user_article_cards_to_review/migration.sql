-- AlterTable
ALTER TABLE "UserArticle" ADD COLUMN     "cardsToReview" BOOLEAN NOT NULL DEFAULT false;
