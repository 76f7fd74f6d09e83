import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { PersonalFsrsPanel } from "@/components/settings/personal-fsrs-panel";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";
import { getFsrsFitStatus } from "@/server/queries/get-fsrs-fit-status";
import { getUserSettings } from "@/server/queries/get-user-settings";

export const metadata: Metadata = { title: "Settings" };

const PASSWORD_CHANGED = "Password changed. You are signed out everywhere else.";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser();
  const [settings, fit] = await Promise.all([getUserSettings(user.id), getFsrsFitStatus(user.id, new Date())]);
  const { password } = await searchParams;
  return (
    <>
      <PageHeader title="Settings" description={`Scheduling, daily limits and your day, for ${user.email}.`} />
      <div className="max-w-2xl rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
        <SettingsForm settings={settings} />
      </div>
      <div className="mt-6 max-w-2xl rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
        <PersonalFsrsPanel status={fit} timeZone={settings.timeZone} />
      </div>
      <div className="mt-6 max-w-2xl rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
        <ChangePasswordForm email={user.email} notice={password === "changed" ? PASSWORD_CHANGED : undefined} />
      </div>
      <div className="mt-6 max-w-2xl rounded-2xl border border-red-200 bg-white p-6 dark:border-red-900 dark:bg-stone-900">
        <DeleteAccountForm />
      </div>
    </>
  );
}
