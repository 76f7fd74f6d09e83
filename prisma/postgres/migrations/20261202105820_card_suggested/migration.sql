-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "suggested" BOOLEAN NOT NULL DEFAULT false;
