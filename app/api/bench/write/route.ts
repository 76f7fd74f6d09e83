// POST /api/bench/write - benchmark baseline: authenticate and make one database write. 404 unless BENCH_ROUTES=1.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/require-user";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

export async function POST() {
  if (process.env.BENCH_ROUTES !== "1") return new NextResponse(null, { status: 404 });
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  await db.userSettings.update({ where: { userId: user.id }, data: { updatedAt: new Date() } });
  return NextResponse.json({ ok: true });
}
