"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZCreateArticleSchema } from "@/lib/validations/article";
import { authedFormAction } from "@/server/safe-action";
import { createArticle } from "@/server/services/create-article";
import { deleteArticle } from "@/server/services/delete-article";

export const createArticleAction = authedFormAction(ZCreateArticleSchema, async (user, input) => {
  const { id } = await createArticle(user.id, input);
  revalidatePath("/articles");
  redirect(`/articles/${id}`);
});

export const deleteArticleAction = authedFormAction(z.object({ articleId: z.string().min(1).max(64) }), async (user, { articleId }) => {
  await deleteArticle(user.id, articleId);
  revalidatePath("/articles");
  redirect("/articles");
});
