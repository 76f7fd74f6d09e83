// POST /api/bench/write - benchmark baseline: authenticate and make one database write. 404 unless BENCH_ROUTES=1.
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/server/db";
import { authedJsonRoute } from "@/server/json-route";

export const dynamic = "force-dynamic";

// Through the same door as POST /api/reviews, so the baseline pays the same checks and body read.
const write = authedJsonRoute(z.object({}), async (user) => {
  await db.userSettings.update({ where: { userId: user.id }, data: { updatedAt: new Date() } });
  return NextResponse.json({ ok: true });
});

export async function POST(request: Request, context: { params: Promise<Record<string, string>> }) {
  if (process.env.BENCH_ROUTES !== "1") return new NextResponse(null, { status: 404 });
  return write(request, context);
}
