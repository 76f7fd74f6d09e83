import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Quiz" description="Test yourself on an article" />
      <EmptyState title="Coming soon"> multiple choice, true or false, typed answers and matching.:Quizzes are not built yet.</EmptyState>
    </>
  );
}
