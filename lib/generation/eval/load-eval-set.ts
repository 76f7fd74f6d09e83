import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KeyFact } from "./evaluate-deck";

export type EvalSplit = "tune" | "heldout";

export interface EvalArticle {
  id: string;
  title: string;
  url: string;
  source: string;
  publishedAt: Date;
  genre: string;
  /** "tune": the generator may be adjusted while watching it; "heldout": only ever measured. */
  split: EvalSplit;
  text: string;
  words: number;
  keyFacts: KeyFact[];
}

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Reads the evaluation set: one `articles/<id>.json` (source, licence, split, key facts) per `articles/<id>.txt`.
 * Sorted by id, so the built-in article and every other come in a stable order.
 *
 * @example
 * loadEvalSet().filter((a) => a.split === "heldout").map((a) => a.id)
 */
export function loadEvalSet(): EvalArticle[] {
  const dir = join(HERE, "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        id: string;
        file: string;
        title: string;
        url: string;
        source: string;
        publishedAt: string;
        genre: string;
        split: EvalSplit;
        keyFacts: KeyFact[];
      };
      const text = readFileSync(join(HERE, a.file), "utf8");
      return {
        id: a.id,
        title: a.title,
        url: a.url,
        source: a.source,
        genre: a.genre,
        split: a.split,
        publishedAt: new Date(`${a.publishedAt}T12:00:00Z`),
        text,
        words: text.split(/\s+/).filter(Boolean).length,
        keyFacts: a.keyFacts,
      };
    });
}
