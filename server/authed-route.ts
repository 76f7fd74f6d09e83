import "server-only";

import { NextResponse } from "next/server";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { getCurrentUser, type SessionUser } from "@/server/auth/require-user";

const STATUS: Partial<Record<AppErrorCode, number>> = {
  [AppErrorCode.NOT_FOUND]: 404,
  [AppErrorCode.INVALID_INPUT]: 400,
  [AppErrorCode.UNAUTHORIZED]: 401,
  [AppErrorCode.CONFLICT]: 409,
};

/**
 * A route handler for the signed-in reader, the door every such route goes through: 401 without a session,
 * then the handler with the reader; an AppError becomes its status with its message as JSON (404 for a
 * missing or someone else's record, 400 for bad input, 409 for a conflict), anything else is logged and answered with a 500
 * that says nothing of it.
 */
export function authedRoute<P extends Record<string, string>>(
  handler: (user: SessionUser, request: Request, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
    try {
      return await handler(user, request, await context.params);
    } catch (e) {
      if (e instanceof AppError) return NextResponse.json({ error: e.message }, { status: STATUS[e.code] ?? 400 });
      console.error(e);
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
