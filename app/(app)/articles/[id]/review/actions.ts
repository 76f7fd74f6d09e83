"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZSaveChosenCardsSchema } from "@/lib/validations/choose-cards";
import { authedAction } from "@/server/safe-action";
import { saveChosenCards } from "@/server/services/save-chosen-cards";

/** Saves the cards chosen on the review screen, then shows the article with its cards. */
export const saveChosenCardsAction = authedAction(ZSaveChosenCardsSchema, async (user, input) => {
  await saveChosenCards(user.id, input, new Date());
  revalidatePath("/articles");
  revalidatePath(`/articles/${input.articleId}`);
  redirect(`/articles/${input.articleId}`);
});
