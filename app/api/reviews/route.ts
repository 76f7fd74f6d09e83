// POST /api/reviews - grade one card as the signed-in reader; returns whether it was recorded and whether the card comes back today
import { NextResponse } from "next/server";
import { ZSubmitReviewSchema } from "@/lib/validations/review";
import { authedJsonRoute } from "@/server/json-route";
import { gradeStudyCard } from "@/server/services/grade-study-card";

export const dynamic = "force-dynamic";

export const POST = authedJsonRoute(ZSubmitReviewSchema, async (user, input) => {
  const { duplicate, requeue } = await gradeStudyCard(user.id, input, new Date());
  return NextResponse.json({ recorded: !duplicate, duplicate, requeue });
});
