"use server";

import { unstable_rethrow } from "next/navigation";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { ZChangePasswordSchema, ZDeleteAccountSchema } from "@/lib/validations/auth";
import { signIn, signOut } from "@/server/auth/auth";
import { authedFormAction } from "@/server/safe-action";
import { changePassword } from "@/server/services/change-password";
import { deleteAccount } from "@/server/services/delete-account";

export const changePasswordAction = authedFormAction(ZChangePasswordSchema, async (user, { currentPassword, newPassword }) => {
  try {
    await changePassword(user, currentPassword, newPassword, new Date());
  } catch (e) {
    if (AppError.is(e, AppErrorCode.UNAUTHORIZED)) return { errors: { currentPassword: e.message } };
    throw e;
  }
  // The change ended every session, this one too: sign this browser in again with the new password. The
  // redirect makes the page render with the new cookie (this request still carries the old one).
  try {
    await signIn("credentials", { email: user.email, password: newPassword, redirectTo: "/settings?password=changed" });
  } catch (e) {
    unstable_rethrow(e);
    await signOut({ redirectTo: "/sign-in" });
  }
});

export const deleteAccountAction = authedFormAction(ZDeleteAccountSchema, async (user, { password }) => {
  try {
    await deleteAccount(user, password, new Date());
  } catch (e) {
    if (AppError.is(e, AppErrorCode.UNAUTHORIZED)) return { errors: { password: e.message } };
    throw e;
  }
  await signOut({ redirectTo: "/sign-in?deleted=1" });
});
