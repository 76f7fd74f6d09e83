export { checkCard, type CardFault } from "./check-card";
export { checkDeck } from "./check-deck";
export { generateDeck } from "./generate-deck";
export type { CardKind, GenerateDeckInput, GenerateDeckResult, GeneratedCard } from "./types";
