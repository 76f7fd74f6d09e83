/*
  Warnings:

  - You are about to drop the column `lastStudiedAt` on the `UserArticle` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "UserArticle" DROP COLUMN "lastStudiedAt";
