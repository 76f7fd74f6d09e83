"use server";

import { revalidatePath } from "next/cache";
import { ZAddSuggestionSchema } from "@/lib/validations/choose-cards";
import { authedFormAction } from "@/server/safe-action";
import { addSuggestedCard } from "@/server/services/add-suggested-card";

/** "Add" beside a suggestion on the article page: the card joins the reader's queue. */
export const addSuggestionAction = authedFormAction(ZAddSuggestionSchema, async (user, { cardId }) => {
  await addSuggestedCard(user.id, cardId, new Date());
  revalidatePath("/articles", "layout");
  return { ok: true, message: "Added to your cards." };
});
