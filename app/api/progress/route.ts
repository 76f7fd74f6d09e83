// GET /api/progress - the signed-in reader's progress statistics as JSON (what the Progress page shows)
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/require-user";
import { getProgress } from "@/server/queries/progress/get-progress";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  try {
    return NextResponse.json(await getProgress(user.id, new Date()));
  } catch (e) {
    console.error(e);
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
