import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChooseCards } from "@/components/articles/choose-cards";
import { DeleteArticleButton } from "@/components/articles/delete-article-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";
import { getCardsToReview } from "@/server/queries/get-cards-to-review";

export const metadata: Metadata = { title: "Choose the cards" };

export default async function ReviewCardsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const review = await getCardsToReview(user.id, id);
  // Saved already, or not an article of this reader's: the article page says which.
  if (!review) redirect(`/articles/${encodeURIComponent(id)}`);
  return (
    <>
      <PageHeader
        title={`Choose the cards: ${review.article.title}`}
        description="None of these cards is in your queue yet. Accept, reject or edit each one, then save."
      >
        <DeleteArticleButton articleId={review.article.id} />
      </PageHeader>
      <ChooseCards articleId={review.article.id} text={review.article.text} cards={review.cards} suggestions={review.suggestions} />
    </>
  );
}
