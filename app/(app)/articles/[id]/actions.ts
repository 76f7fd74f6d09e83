"use server";

import { revalidatePath } from "next/cache";
import { ZAddSuggestionSchema } from "@/lib/validations/choose-cards";
import { ZMakeCardSchema } from "@/lib/validations/make-card";
import { authedFormAction } from "@/server/safe-action";
import { addSuggestedCard } from "@/server/services/add-suggested-card";
import { makeOwnCard } from "@/server/services/make-own-card";

/** "Add" beside a suggestion on the article page: the card joins the reader's queue. */
export const addSuggestionAction = authedFormAction(ZAddSuggestionSchema, async (user, { cardId }) => {
  await addSuggestedCard(user.id, cardId, new Date());
  revalidatePath("/articles", "layout");
  return { ok: true, message: "Added to your cards." };
});

/** "Make a card" on the article page: a cloze or question of the reader's own from a passage of the text. */
export const makeCardAction = authedFormAction(ZMakeCardSchema, async (user, input) => {
  const made = await makeOwnCard(user.id, input, new Date());
  if (!made.ok) return { errors: made.errors, message: made.message };
  revalidatePath("/articles", "layout");
  return { ok: true, message: "Card made: it is in this article's cards and first among your new cards in Study." };
});
