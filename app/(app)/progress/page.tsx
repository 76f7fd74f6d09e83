import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Progress" description="What you know, what is due, and how you are doing." />
      <EmptyState title="Coming soon">The progress page is not built yet.</EmptyState>
    </>
  );
}
