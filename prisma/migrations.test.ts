import { describe, expect, test } from "vitest";
import { db } from "@/server/db";

const postgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

/** The columns of a table in the database the migrations built (the test database, freshly migrated). */
async function columnsOf(table: string): Promise<string[]> {
  const rows = postgres
    ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, table)
    : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info(?)`, table);
  return rows.map((r) => r.name).sort();
}

describe("the migrated database", () => {
  test("UserArticle keeps only what is written: no lastStudiedAt (a reader's last study comes from their review logs)", async () => {
    expect(await columnsOf("UserArticle")).toEqual(["addedAt", "articleId", "cardsToReview", "userId"]);
  });

  test("ReviewLog keeps the card version each review wrote, and QuizAnswer its grading's details", async () => {
    expect(await columnsOf("ReviewLog")).toContain("stateVersion");
    expect(await columnsOf("QuizAnswer")).toContain("feedback");
  });
});
