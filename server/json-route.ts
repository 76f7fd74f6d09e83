import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";
import { checkJsonContentType, checkSameOrigin } from "@/lib/http/check-json-request";
import { declaresTooLarge, readJsonBody } from "@/lib/http/read-json-body";
import type { SessionUser } from "@/server/auth/require-user";
import { authedRoute } from "@/server/authed-route";

/**
 * Refuses a state-changing request that is not a same-origin JSON request: 403 from another site, 415
 * without `Content-Type: application/json`, 413 when it declares more than the body limit. Returns null
 * when the request may go on.
 */
export function refuseUnsafeJsonRequest(request: Request): Response | null {
  const h = request.headers;
  const refusal =
    checkSameOrigin({ origin: h.get("origin"), secFetchSite: h.get("sec-fetch-site"), host: h.get("x-forwarded-host") ?? h.get("host") }) ??
    checkJsonContentType(h.get("content-type"));
  if (refusal) return NextResponse.json({ error: refusal.error }, { status: refusal.status });
  if (declaresTooLarge(h.get("content-length"))) return NextResponse.json({ error: "The body is larger than 16 KB." }, { status: 413 });
  return null;
}

/**
 * A JSON route handler for the signed-in reader, every JSON write's one door: same-origin and
 * content-type checks (403/415), then authentication (401, by authedRoute), then the body read with a
 * 16 KB limit (413) and parsed (400), then validation with the zod schema (400), then the handler.
 */
export function authedJsonRoute<S extends z.ZodType, P extends Record<string, string> = Record<string, string>>(
  schema: S,
  handler: (user: SessionUser, input: z.infer<S>, params: P) => Promise<Response>,
) {
  const inner = authedRoute<P>(async (user, request, params) => {
    const body = await readJsonBody(request.body);
    if (!body.ok) return NextResponse.json({ error: body.error }, { status: body.status });
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
    return handler(user, parsed.data, params);
  });
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => refuseUnsafeJsonRequest(request) ?? inner(request, context);
}
