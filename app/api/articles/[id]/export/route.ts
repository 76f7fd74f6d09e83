// GET /api/articles/:id/export?format=apkg|csv - the signed-in reader's deck of one article as an Anki package or CSV
import { NextResponse } from "next/server";
import { formatAttachmentHeader } from "@/lib/export/format-attachment-header";
import { ZExportArticleSchema } from "@/lib/validations/export";
import { authedRoute } from "@/server/authed-route";
import { exportArticleDeck } from "@/server/export/export-article-deck";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>(async (user, request, { id }) => {
  const parsed = ZExportArticleSchema.safeParse({ articleId: id, format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
  const file = await exportArticleDeck(user.id, parsed.data, new Date());
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": formatAttachmentHeader(file.filename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
