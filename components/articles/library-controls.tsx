import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { TLibrarySort } from "@/lib/library/sort-library";

const SORT_NAMES: Record<TLibrarySort, string> = { added: "Date added", studied: "Last studied", due: "Cards due" };

/** Search and sort of the Articles page: a plain GET form, so it works without script and the address keeps the view. */
export function LibraryControls({ q, sort }: { q: string; sort: TLibrarySort }) {
  const control = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900";
  return (
    <form method="get" action="/articles" role="search" aria-label="Your articles" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="library-q" className="mb-1 block text-sm font-medium">
          Find articles
        </label>
        <input id="library-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="library-q-hint" className={control} />
        <p id="library-q-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Words of a title or of the text.
        </p>
      </div>
      <div>
        <label htmlFor="library-sort" className="mb-1 block text-sm font-medium">
          Sort by
        </label>
        <select id="library-sort" name="sort" defaultValue={sort} className={control}>
          {Object.entries(SORT_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
      {q ? (
        <Link href={sort === "added" ? "/articles" : `/articles?sort=${sort}`} className="py-2 text-sm text-brand-700 underline dark:text-brand-100">
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
