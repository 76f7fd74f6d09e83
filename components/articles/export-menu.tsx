"use client";

import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * "Export": a disclosure (a native <details>, so it opens with Enter or Space and needs no script) with
 * the two downloads of the reader's deck of this article. Escape inside it closes it and puts focus back on
 * its button, as a menu button does (a <details> alone ignores Escape).
 */
export function ExportMenu({ articleId, cardCount }: { articleId: string; cardCount: number }) {
  const href = (format: "apkg" | "csv") => `/api/articles/${encodeURIComponent(articleId)}/export?format=${format}`;
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // A listener, as the disclosure itself is not a control (the memory map's panel does the same).
  useEffect(() => {
    const node = details.current;
    if (!node) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !node.open) return;
      e.preventDefault();
      node.open = false;
      summary.current?.focus();
    };
    node.addEventListener("keydown", onKey);
    return () => node.removeEventListener("keydown", onKey);
  }, []);
  const link = "block rounded-md px-3 py-2 text-sm hover:bg-stone-100 dark:hover:bg-stone-800";
  return (
    <details ref={details} className="max-w-full">
      <summary ref={summary} className={buttonClasses("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
        Export<span aria-hidden="true">▾</span>
      </summary>
      <div className="mt-2 w-72 max-w-full rounded-xl border border-stone-200 bg-white p-2 shadow-lg dark:border-stone-800 dark:bg-stone-900">
        <p id="export-note" className="px-3 py-1 text-xs text-stone-600 dark:text-stone-400">
          Your {cardCount} {cardCount === 1 ? "card" : "cards"} of this article, as you word them.
        </p>
        <ul>
          <li>
            <a href={href("apkg")} download className={link} aria-describedby="export-note">
              Anki package (.apkg)
            </a>
          </li>
          <li>
            <a href={href("csv")} download className={link} aria-describedby="export-note">
              CSV (.csv)
            </a>
          </li>
        </ul>
      </div>
    </details>
  );
}
