import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KeyFact } from "./evaluate-deck";

export interface EvalArticle {
  id: string;
  title: string;
  url: string;
  publishedAt: Date;
  subject: string;
  text: string;
  keyFacts: KeyFact[];
}

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Reads the evaluation set (manifest.json and the article texts next to it).
 *
 * @example
 * loadEvalSet().map((a) => a.id) // ["nk-russia-cooperation", "fed-rates-2020", …]
 */
export function loadEvalSet(): EvalArticle[] {
  const manifest = JSON.parse(readFileSync(join(HERE, "manifest.json"), "utf8")) as {
    articles: { id: string; file: string; title: string; url: string; publishedAt: string; subject: string; keyFacts: KeyFact[] }[];
  };
  return manifest.articles.map((a) => ({
    id: a.id,
    title: a.title,
    url: a.url,
    subject: a.subject,
    publishedAt: new Date(`${a.publishedAt}T12:00:00Z`),
    text: readFileSync(join(HERE, a.file), "utf8"),
    keyFacts: a.keyFacts,
  }));
}
