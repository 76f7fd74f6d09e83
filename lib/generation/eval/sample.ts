// Blind sample for judging: npm run eval:sample -- --seed N [--split heldout|tune] [--size 60]
// Writes judged/<date>-<split>-seed<N>/sample.md (what the reviewer sees: article, prompt, answer; nothing about how
// a card was made) and key.json (which card is which, for the analysis afterwards; never shown to the reviewer).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDeck } from "../generate-deck";
import { createRng } from "../../random/create-rng";
import { loadEvalSet, type EvalSplit } from "./load-eval-set";

const args = process.argv.slice(2);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seed = Number(value("--seed"));
const split = (value("--split") ?? "heldout") as EvalSplit;
const size = Number(value("--size") ?? 60);
if (!Number.isInteger(seed) || seed < 0 || !["tune", "heldout"].includes(split) || !(size >= 1)) {
  console.error("usage: npm run eval:sample -- --seed N [--split heldout|tune] [--size 60]   (a new seed every time)");
  process.exit(2);
}

const articles = loadEvalSet().filter((a) => a.split === split);
const pool = articles.flatMap((a) =>
  generateDeck({ text: a.text, title: a.title, publishedAt: a.publishedAt }, { strict: true })
    .cards.filter((c) => !c.suggested)
    .map((c) => ({ article: a, card: c })),
);
// mulberry32, so a sample can be drawn again from its seed.
const rand = createRng(seed);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const chosen = pool.slice(0, size);
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
const date = new Date().toISOString().slice(0, 10);
const dir = join(dirname(fileURLToPath(import.meta.url)), "judged", `${date}-${split}-seed${seed}`);
mkdirSync(dir, { recursive: true });
const lines = [
  `# Blind sample: ${chosen.length} cards (${split} articles, seed ${seed}, ${date}, commit ${commit})`,
  "",
  "Each card: the article it comes from (its text is in lib/generation/eval/articles/<id>.txt), the title and date the",
  "study screen shows above the card, the prompt and the answer. Judge every card with ../shared/eval/judging.md.",
  "",
  ...chosen.flatMap(({ article, card }, i) => [
    `## ${i + 1}`,
    `- article: ${article.id} — “${article.title}”, ${article.publishedAt.toISOString().slice(0, 10)}`,
    `- prompt: ${card.prompt}`,
    `- answer: ${card.answer}`,
    "",
  ]),
];
writeFileSync(join(dir, "sample.md"), lines.join("\n"));
writeFileSync(
  join(dir, "key.json"),
  `${JSON.stringify({ seed, split, date, commit, cards: chosen.map(({ article, card }, i) => ({ i: i + 1, article: article.id, kind: card.kind, score: card.score, factKey: card.factKey })) }, null, 2)}\n`,
);
console.log(`${chosen.length} of ${pool.length} deck cards from ${articles.length} ${split} articles → ${dir}`);
