"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/study", label: "Study" },
  { href: "/quiz", label: "Quiz" },
  { href: "/articles", label: "Articles" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex gap-1 overflow-x-auto">
      {LINKS.map((l) => {
        const active = pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-lg px-2 py-2 text-sm font-medium sm:px-3 ${
                active
                  ? "bg-brand-50 text-brand-700 dark:bg-stone-800 dark:text-brand-100"
                  : "text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800"
              }`}
            >
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
