import type { ArticleIndex, Entity } from "./types";

const ALIASES: Record<string, string[]> = {
  "u.s.": ["United States", "US", "U.S.", "America"],
  "united states": ["U.S.", "US", "America"],
  "u.k.": ["United Kingdom", "UK", "Britain"],
  "united kingdom": ["U.K.", "UK", "Britain"],
  "u.n.": ["United Nations", "UN"],
  "united nations": ["U.N.", "UN"],
};

/**
 * Accepted answers besides the canonical one: the mention itself, the surname of a person, the usual variants of
 * "U.S.", "U.K." and "U.N.".
 *
 * @example
 * listEntityAliases({ text: "U.S.", type: "place" } as Entity, "U.S.") // ["United States", "US", "America"]
 */
export function listEntityAliases(e: Entity, full: string): string[] {
  const extra = ALIASES[e.text.toLowerCase()] ?? [];
  const aliases = new Set<string>(extra);
  if (full !== e.text) aliases.add(e.text);
  if (e.type === "person") for (const a of full.split(/\s+/).slice(-1)) if (a.length > 2) aliases.add(a);
  aliases.delete(full);
  return [...aliases];
}

/**
 * Shorter mentions of a person found in the article ("Samore"), plus the surname.
 *
 * @example
 * listNameAliases("Gary Samore", index) // ["Samore"]
 */
export function listNameAliases(name: string, index: ArticleIndex): string[] {
  const out = new Set<string>();
  for (const [mention, full] of index.personByMention) if (full === name && mention !== name) out.add(mention);
  const last = name.split(/\s+/).pop() ?? "";
  if (last.length > 2 && last !== name) out.add(last);
  return [...out];
}
