/**
 * The built-in articles every account starts with, and the factory that stores them. Used by prisma/seed.ts
 * and by the end-to-end tests' global set-up, so both see the same data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export type BuiltinArticle = {
  builtinKey: string;
  title: string;
  sourceUrl: string | null;
  publishedAt: Date;
  text: string;
};

export const BUILTIN_ARTICLES: BuiltinArticle[] = [
  {
    builtinKey: "nk-russia-military-cooperation-2023",
    title: "North Korea–Russia military cooperation could threaten global security, analysts say",
    sourceUrl: null,
    // A Voice of America report of Tuesday 19 December 2023: its "Monday" ICBM test was 18 December.
    publishedAt: new Date("2023-12-19T12:00:00Z"),
    text: readFileSync(path.join(here, "seed-article.txt"), "utf8").trim(),
  },
];
