import { describe, expect, test } from "vitest";
import { foldCardCounts, NO_CARDS, type TCardCountRow } from "./fold-card-counts";
import { sortLibrary, type TSortableArticle } from "./sort-library";

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("foldCardCounts", () => {
  test("counts unsuspended cards by queue, due ones, suspended apart, and progress over all", () => {
    const rows: TCardCountRow[] = [
      { articleId: "a", state: 0, suspended: false, n: 4, dueNow: 0, nextDue: null },
      { articleId: "a", state: 1, suspended: false, n: 1, dueNow: 1, nextDue: d("2024-03-01") },
      { articleId: "a", state: 3, suspended: false, n: 2, dueNow: 0, nextDue: d("2024-03-03") },
      { articleId: "a", state: 2, suspended: false, n: 5, dueNow: 2, nextDue: d("2024-02-20") },
      { articleId: "a", state: 2, suspended: true, n: 3, dueNow: 3, nextDue: d("2024-01-01") },
      { articleId: "a", state: 0, suspended: true, n: 1, dueNow: 0, nextDue: null },
      { articleId: "b", state: 0, suspended: false, n: 2, dueNow: 0, nextDue: null },
    ];
    const counts = foldCardCounts(rows);
    expect(counts.get("a")).toEqual({ total: 16, new: 4, learning: 3, review: 5, suspended: 4, due: 3, studied: 11, nextDue: d("2024-02-20") });
    expect(counts.get("b")).toEqual({ ...NO_CARDS, total: 2, new: 2 });
    expect(counts.get("c")).toBeUndefined();
  });
});

describe("sortLibrary", () => {
  const article = (title: string, added: string, studied: string | null, due: number, nextDue: string | null): TSortableArticle => ({
    title,
    addedAt: d(added),
    lastStudiedAt: studied ? d(studied) : null,
    counts: { ...NO_CARDS, due, nextDue: nextDue ? d(nextDue) : null },
  });
  const library = [
    article("Budget", "2024-01-05", "2024-02-01", 4, "2024-01-20"),
    article("Ferry", "2024-02-10", "2024-02-20", 1, "2024-02-25"),
    article("Bridge", "2024-01-20", "2024-02-25", 0, "2024-03-02"),
    article("Alpha", "2024-01-20", null, 0, null),
    article("New one", "2024-03-01", null, 0, null),
  ];
  test.each([
    { sort: "added" as const, want: ["New one", "Ferry", "Alpha", "Bridge", "Budget"] },
    { sort: "studied" as const, want: ["Bridge", "Ferry", "Budget", "Alpha", "New one"] },
    { sort: "due" as const, want: ["Budget", "Ferry", "Bridge", "Alpha", "New one"] },
  ])("$sort", ({ sort, want }) => {
    expect(sortLibrary(library, sort).map((a) => a.title)).toEqual(want);
    expect(library.map((a) => a.title)[0]).toBe("Budget"); // the input is not reordered
  });
});
