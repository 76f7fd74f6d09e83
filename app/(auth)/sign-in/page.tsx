import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; deleted?: string }> }) {
  if (await getCurrentUser()) redirect("/study");
  const { callbackUrl, deleted } = await searchParams;
  let path: string | undefined;
  try {
    // Keep only a same-site path (the action checks it again).
    const u = callbackUrl ? new URL(callbackUrl, "http://x") : undefined;
    path = u ? u.pathname + u.search : undefined;
  } catch {
    path = undefined;
  }
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={path} notice={deleted ? "Your account and everything in it were deleted." : undefined} />
    </>
  );
}
