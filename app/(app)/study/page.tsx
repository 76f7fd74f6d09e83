import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";
import { requireUser } from "@/server/auth/require-user";
import { getStudyState } from "@/server/queries/get-study-state";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requireUser();
  const state = await getStudyState(user.id, new Date());
  return (
    <>
      <h1 className="sr-only">Study</h1>
      <ReviewSession initial={state} />
    </>
  );
}
