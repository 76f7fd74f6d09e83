// CLI: npx tsx lib/generation/cli.ts FILE [--title T] [--published YYYY-MM-DD] [--json]
import { readFileSync } from "node:fs";
import { generateDeck } from "./generate-deck";

function main(argv: string[]): number {
  const args = [...argv];
  let file: string | undefined;
  let title: string | undefined;
  let published: string | undefined;
  let json = false;
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === "--json") json = true;
    else if (a === "--title") title = args.shift();
    else if (a === "--published") published = args.shift();
    else if (a === "--help" || a === "-h") {
      process.stdout.write("usage: tsx lib/generation/cli.ts FILE [--title T] [--published YYYY-MM-DD] [--json]\n");
      return 0;
    } else file = a;
  }
  if (!file) {
    process.stderr.write("error: no input file given\nusage: tsx lib/generation/cli.ts FILE [--title T] [--published YYYY-MM-DD] [--json]\n");
    return 2;
  }
  let publishedAt: Date | undefined;
  if (published) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(new Date(`${published}T12:00:00Z`).getTime())) {
      process.stderr.write(`error: --published must be YYYY-MM-DD, got "${published}"\n`);
      return 2;
    }
    publishedAt = new Date(`${published}T12:00:00Z`);
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`error: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { cards, reason } = generateDeck({ text, title, publishedAt });
  if (json) {
    process.stdout.write(`${JSON.stringify(cards, null, 2)}\n`);
    if (reason) process.stderr.write(`${reason}\n`);
    return 0;
  }
  if (reason) {
    process.stdout.write(`No cards: ${reason}\n`);
    return 0;
  }
  const deck = cards.filter((c) => !c.suggested).length;
  process.stdout.write(`${title ? `${title}\n` : ""}${deck} cards in the deck, ${cards.length - deck} suggestions\n\n`);
  cards.forEach((c, i) => {
    if (i === deck) process.stdout.write("Suggestions\n\n");
    process.stdout.write(`${String(i + 1).padStart(3)}. [${c.kind}] ${c.prompt}\n     → ${c.answer}`);
    if (c.aliases.length > 0) process.stdout.write(`  (also: ${c.aliases.join(", ")})`);
    process.stdout.write(`\n     distractors: ${c.distractors.join(" | ") || "—"}   score ${c.score.toFixed(2)}\n\n`);
  });
  return 0;
}

// Reading only the head of the output (`| head`) closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
