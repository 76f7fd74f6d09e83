// GET /api/reviews/history - the signed-in reader's review history as CSV for the FSRS optimizer (streamed)
import { formatAttachmentHeader } from "@/lib/export/format-attachment-header";
import { authedRoute } from "@/server/authed-route";
import { streamReviewHistory } from "@/server/queries/stream-review-history";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (user) => {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(streamReviewHistory(user.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": formatAttachmentHeader(`newsdeck-review-history-${day}.csv`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
