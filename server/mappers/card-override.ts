import "server-only";

type Wording = { prompt: string; answer: string; aliases: unknown };
type Override = { prompt: string | null; answer: string | null; aliases: unknown } | undefined;

/** A card's wording as one reader sees it: their override where they edited it, else the generated one. */
export function applyOverride(card: Wording, override: Override): { prompt: string; answer: string; aliases: string[]; edited: boolean } {
  const aliases = (override?.aliases ?? card.aliases) as string[] | null;
  return {
    prompt: override?.prompt ?? card.prompt,
    answer: override?.answer ?? card.answer,
    aliases: Array.isArray(aliases) ? aliases : [],
    edited: Boolean(override),
  };
}
