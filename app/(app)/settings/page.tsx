import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Settings" description="Scheduling, daily limits and your day's start." />
      <EmptyState title="Coming soon">Settings arrive with the study sessions.</EmptyState>
    </>
  );
}
