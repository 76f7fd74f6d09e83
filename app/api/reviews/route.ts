// POST /api/reviews - grade one card as the signed-in reader; returns whether it was recorded and whether the card comes back today
import { NextResponse } from "next/server";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { ZSubmitReviewSchema } from "@/lib/validations/review";
import { getCurrentUser } from "@/server/auth/require-user";
import { gradeStudyCard } from "@/server/services/grade-study-card";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<AppErrorCode, number>> = { NOT_FOUND: 404, CONFLICT: 409, INVALID_INPUT: 400 };

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "Send a JSON body." }, { status: 400 });
  }
  const parsed = ZSubmitReviewSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
  try {
    const { duplicate, requeue } = await gradeStudyCard(user.id, parsed.data, new Date());
    return NextResponse.json({ recorded: !duplicate, duplicate, requeue });
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ error: e.message }, { status: STATUS[e.code] ?? 400 });
    console.error(e);
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
