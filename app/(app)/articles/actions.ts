"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZCreateArticleSchema, ZReadFileSchema, ZReadLinkSchema } from "@/lib/validations/article";
import { formatRetryAfter } from "@/lib/rate-limit/format-retry-after";
import { readArticleFile } from "@/server/articles/read-article-file";
import { readLink } from "@/server/articles/read-link";
import { consumeRateLimits } from "@/server/rate-limit/consume-rate-limit";
import { currentAddress } from "@/server/rate-limit/request-address";
import { authedAction, authedFormAction } from "@/server/safe-action";
import { createArticle } from "@/server/services/create-article";
import { deleteArticle } from "@/server/services/delete-article";

export const createArticleAction = authedFormAction(ZCreateArticleSchema, async (user, input) => {
  const gate = await consumeRateLimits([["articleReader", user.id], ["articleAddress", await currentAddress()]], new Date());
  if (!gate.allowed) return { message: formatRetryAfter("Too many articles added in a short time.", gate.retryAfterSeconds) };
  const { id } = await createArticle(user.id, input);
  revalidatePath("/articles");
  redirect(`/articles/${id}`);
});

/** Fetches a link and returns the article it holds as a draft for the form; nothing is saved. */
export const readLinkAction = authedAction(ZReadLinkSchema, async (_user, { url }) => readLink(url, new Date()));

/** Reads an uploaded file and returns the article it holds as a draft for the form; nothing is saved. */
export const readFileAction = authedAction(ZReadFileSchema, async (_user, { file }) =>
  readArticleFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, new Date()),
);

export const deleteArticleAction = authedFormAction(z.object({ articleId: z.string().min(1).max(64) }), async (user, { articleId }) => {
  await deleteArticle(user.id, articleId);
  revalidatePath("/articles");
  redirect("/articles");
});
