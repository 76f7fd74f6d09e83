import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { NavLinks } from "@/components/shell/nav-links";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/server/auth/require-user";
import { refitInBackground } from "@/server/services/refit-in-background";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  refitInBackground(user.id);
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/study" className="text-lg font-semibold tracking-tight">
            NewsDeck
          </Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
            <NavLinks />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span className="hidden max-w-48 truncate text-sm text-stone-600 md:inline dark:text-stone-400" title={user.email}>
              {user.name || user.email}
            </span>
            <form action={signOutAction}>
              <button type="submit" className={buttonClasses("ghost")}>
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
