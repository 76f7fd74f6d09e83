// GET /api/study - the signed-in reader's next cards (at most ?limit=, 1–100, default 20) and the queue's counts
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/server/auth/require-user";
import { getStudyState, STUDY_BATCH } from "@/server/queries/get-study-state";

export const dynamic = "force-dynamic";

const ZLimit = z.coerce.number({ error: "limit must be a number." }).int("limit must be a whole number.").min(1, "limit must be 1 to 100.").max(100, "limit must be 1 to 100.");

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const raw = new URL(request.url).searchParams.get("limit");
  const limit = raw === null ? { success: true as const, data: STUDY_BATCH } : ZLimit.safeParse(raw);
  if (!limit.success) return NextResponse.json({ error: limit.error.issues[0]?.message ?? "Invalid limit." }, { status: 400 });
  try {
    return NextResponse.json(await getStudyState(user.id, new Date(), undefined, undefined, limit.data));
  } catch (e) {
    console.error(e);
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
