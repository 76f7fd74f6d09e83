// Bench: milliseconds per 1,000 words for each evaluation article and a synthetic 10,000-word article.
// Prints figures only; it never asserts timing. Run: npx tsx bench/generation.ts
import nlp from "compromise/two";
import { loadavg } from "node:os";
import { generateDeck } from "../lib/generation/generate-deck";
import { loadEvalSet } from "../lib/generation/eval/load-eval-set";

// Warm means steady state: V8 optimises the generator's hot paths only after a few runs, so each text is run
// for at least WARM_MS (and twice) untimed, then timed at least RUNS times and for at least MEASURE_MS.
const RUNS = 7;
const WARM_MS = 500;
const MEASURE_MS = 1000;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function measure(text: string, publishedAt: Date): { ms: number; cards: number } {
  const warmStart = performance.now();
  for (let i = 0; i < 2 || performance.now() - warmStart < WARM_MS; i++) generateDeck({ text, publishedAt });
  const times: number[] = [];
  let cards = 0;
  const start = performance.now();
  while (times.length < RUNS || performance.now() - start < MEASURE_MS) {
    const t0 = performance.now();
    cards = generateDeck({ text, publishedAt }).cards.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], cards };
}

function synthetic(target: number, sources: string[]): string {
  const paragraphs = sources.flatMap((s) => s.split(/\n\s*\n/).filter((p) => p.trim()));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += words(p);
  }
  return out.join("\n\n");
}

const t0 = performance.now();
generateDeck({ text: "Warm the libraries up with one short sentence about Kim Jong Un visiting Russia.", publishedAt: new Date("2023-12-19") });
console.log(`first call (library load + JIT): ${(performance.now() - t0).toFixed(0)} ms`);

const set = loadEvalSet();
// One untimed pass over every article first: one short sentence does not warm V8 up, and without this pass the first
// articles measured ran up to twice as slow per word as the later ones.
const t1 = performance.now();
for (const a of set) generateDeck({ text: a.text, publishedAt: a.publishedAt });
console.log(`first pass over the ${set.length} articles (JIT warm-up): ${(performance.now() - t1).toFixed(0)} ms`);
console.log("\narticle                       words  cards  ms (median, warm)       ms / 1,000 words");
for (const a of set) {
  const w = words(a.text);
  const { ms, cards } = measure(a.text, a.publishedAt);
  console.log(`${a.id.padEnd(28)} ${String(w).padStart(6)} ${String(cards).padStart(6)} ${ms.toFixed(1).padStart(12)} ${((ms * 1000) / w).toFixed(1).padStart(22)}`);
}
const big = synthetic(10_000, set.map((a) => a.text));
const w = words(big);
const { ms, cards } = measure(big, new Date("2023-12-19"));
console.log(`${"synthetic (mixed paragraphs)".padEnd(28)} ${String(w).padStart(6)} ${String(cards).padStart(6)} ${ms.toFixed(1).padStart(12)} ${((ms * 1000) / w).toFixed(1).padStart(22)}`);
// For scale: compromise's own tagging pass over the same 10,000 words, which the generator runs once.
const tag = () => nlp(big).compute("root").termList();
tag();
const tags: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  tag();
  tags.push(performance.now() - t);
}
tags.sort((a, b) => a - b);
console.log(`${"  of which compromise tagging".padEnd(28)} ${String(w).padStart(6)} ${"".padStart(6)} ${tags[Math.floor(RUNS / 2)].toFixed(1).padStart(12)} ${((tags[Math.floor(RUNS / 2)] * 1000) / w).toFixed(1).padStart(22)}`);
console.log(`\ntargets: under 100 ms per 1,000 words warm; under 1,000 ms for 10,000 words`);
console.log(`machine: load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} (timings scale with load)`);
