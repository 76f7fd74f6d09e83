// Evaluation report: npm run eval [-- --split tune|heldout] [--verbose]
// Prints, per article and per split, the deck size, cards per 100 words, key-fact coverage, audit faults and the
// most cards from one sentence; --verbose adds the missed facts and the flagged cards.
import { generateDeck } from "../generate-deck";
import { evaluateDeck } from "./evaluate-deck";
import { loadEvalSet, type EvalSplit } from "./load-eval-set";

const args = process.argv.slice(2);
const only = args.includes("--split") ? (args[args.indexOf("--split") + 1] as EvalSplit) : undefined;
const verbose = args.includes("--verbose");
const rows: { split: EvalSplit; coverage: number; faultRate: number; per100: number; cards: number; prompts: number[] }[] = [];
for (const a of loadEvalSet()) {
  if (only && a.split !== only) continue;
  const { cards } = generateDeck({ text: a.text, title: a.title, publishedAt: a.publishedAt }, { strict: true });
  const e = evaluateDeck(cards, a.text, a.title, a.keyFacts);
  const prompts = cards.filter((c) => !c.suggested).map((c) => c.prompt.split(/\s+/).length);
  rows.push({ split: a.split, coverage: e.coverage, faultRate: e.faultRate, per100: e.cardsPer100Words, cards: e.cards, prompts });
  console.log(
    `${a.split.padEnd(7)} ${a.id.padEnd(44)} ${String(a.words).padStart(5)} words  ${String(e.cards).padStart(3)} cards (+${e.suggestions} suggested)  ` +
      `${e.cardsPer100Words.toFixed(1)}/100w  coverage ${e.coverage.toFixed(2)} (${a.keyFacts.length - e.missed.length}/${a.keyFacts.length})  faults ${(e.faultRate * 100).toFixed(0)}%  max/sentence ${e.maxPerSentence}`,
  );
  if (verbose) {
    for (const m of e.missed) console.log(`    missed: ${m.fact ?? ""} [${m.cues.join("|")} → ${m.answers.join("|")}]`);
    for (const f of e.faults) console.log(`    fault ${f.faults.join(",")}: ${f.prompt} → ${f.answer}`);
  }
}
for (const split of ["tune", "heldout"] as const) {
  const r = rows.filter((x) => x.split === split);
  if (r.length === 0) continue;
  const mean = (f: (x: (typeof r)[number]) => number) => r.reduce((n, x) => n + f(x), 0) / r.length;
  const prompts = r.flatMap((x) => x.prompts).sort((a, b) => a - b);
  console.log(
    `${split}: ${r.length} articles, coverage mean ${mean((x) => x.coverage).toFixed(2)} (min ${Math.min(...r.map((x) => x.coverage)).toFixed(2)}), ` +
      `faults ${(mean((x) => x.faultRate) * 100).toFixed(1)}%, ${mean((x) => x.per100).toFixed(1)} cards/100 words, median prompt ${prompts[Math.floor(prompts.length / 2)] ?? 0} words, ` +
      `${((prompts.filter((p) => p < 20).length / Math.max(1, prompts.length)) * 100).toFixed(0)}% under 20 words`,
  );
}
