import { z } from "./zod";
import { LIBRARY_SORTS } from "@/lib/library/sort-library";

export const MAX_LIBRARY_QUERY_CHARS = 200;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The Articles page's search parameters (`?q=…&sort=added|studied|due`). They come from the address bar, so
 * nothing here refuses: a repeated parameter takes its first value, an unknown sort is "added", an over-long
 * search is cut.
 */
export const ZLibraryQuerySchema = z.object({
  q: z.preprocess(first, z.string().catch("")).transform((s) => s.replace(/\s+/g, " ").trim().slice(0, MAX_LIBRARY_QUERY_CHARS)),
  sort: z.preprocess(first, z.enum(LIBRARY_SORTS).catch("added")),
});
export type TLibraryQuerySchema = z.infer<typeof ZLibraryQuerySchema>;
