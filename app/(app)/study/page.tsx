import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";
import { countQueue } from "@/server/queries/count-queue";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requireUser();
  const counts = await countQueue(user.id);
  return (
    <>
      <PageHeader title="Study" description="Review what is due, a card at a time." />
      <EmptyState title={`${counts.total.toLocaleString("en-US")} cards in your deck`}>
        <p>The review screen is not built yet: it arrives with the study-session work.</p>
        <p className="mt-2">
          Meanwhile, <Link href="/articles" className="text-brand-700 underline dark:text-brand-100">browse your articles</Link>.
        </p>
      </EmptyState>
    </>
  );
}
