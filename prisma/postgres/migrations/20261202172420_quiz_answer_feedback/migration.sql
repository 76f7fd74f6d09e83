-- AlterTable
ALTER TABLE "QuizAnswer" ADD COLUMN     "feedback" JSONB;
