import { expect, test } from "vitest";
import { db } from "@/server/db";
import { streamReviewHistory } from "@/server/queries/stream-review-history";
import { submitReview } from "@/server/services/submit-review";
import { makeUserWithCards } from "@/server/test/fixtures";

const T0 = new Date("2024-03-01T12:00:00Z");

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    text += decoder.decode(r.value, { stream: true });
    chunks++;
  }
  return { text: text + decoder.decode(), chunks };
}

/** Review log rows written straight to the table (a long history is data here, not a behaviour under test). */
async function addLogs(userId: string, logs: { cardId: string; cardStateId: string; review: Date; rating: number; state: number; durationMs: number }[]) {
  await db.reviewLog.createMany({
    data: logs.map((l) => ({ ...l, userId, due: l.review, stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0 })),
  });
}

test("a reader's graded reviews, oldest first, in the optimizer's columns; nobody else's", async () => {
  const { user: alice } = await makeUserWithCards(2, T0);
  const { user: bob } = await makeUserWithCards(1, T0);
  const states = await db.cardState.findMany({ where: { userId: alice.id }, orderBy: { card: { rank: "asc" } } });
  const [s1, s2] = states as [(typeof states)[0], (typeof states)[0]];
  // Two real grades through the service.
  await submitReview(alice.id, { stateId: s1.id, version: s1.version, grade: 3, durationMs: 4200, idempotencyKey: "a-1" }, T0);
  await submitReview(alice.id, { stateId: s2.id, version: s2.version, grade: 1, durationMs: 900, idempotencyKey: "a-2" }, new Date(T0.getTime() + 60_000));
  // An older review and a rating-0 entry (never a graded review).
  await addLogs(alice.id, [
    { cardId: s2.cardId, cardStateId: s2.id, review: new Date("2024-02-01T08:00:00.250Z"), rating: 4, state: 2, durationMs: 1500 },
    { cardId: s2.cardId, cardStateId: s2.id, review: new Date("2024-02-02T08:00:00Z"), rating: 0, state: 2, durationMs: 0 },
  ]);
  const bobState = await db.cardState.findFirstOrThrow({ where: { userId: bob.id } });
  await submitReview(bob.id, { stateId: bobState.id, version: bobState.version, grade: 2, durationMs: 100, idempotencyKey: "b-1" }, T0);

  const { text } = await readAll(streamReviewHistory(alice.id));
  expect(text).toBe(
    [
      "card_id,review_time,review_rating,review_state,review_duration",
      `${s2.cardId},${Date.parse("2024-02-01T08:00:00.250Z")},4,2,1500`,
      `${s1.cardId},${T0.getTime()},3,0,4200`,
      `${s2.cardId},${T0.getTime() + 60_000},1,0,900`,
      "",
    ].join("\r\n"),
  );
});

test("pages by keyset: reviews at the same instant across page boundaries appear once each", async () => {
  const { user } = await makeUserWithCards(1, T0);
  const s = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
  const times = [0, 0, 0, 1000, 1000, 2000, 2000, 2000, 2000, 3000, 4000];
  await addLogs(
    user.id,
    times.map((t, i) => ({ cardId: s.cardId, cardStateId: s.id, review: new Date(T0.getTime() + t), rating: (i % 4) + 1, state: 2, durationMs: i })),
  );
  const { text, chunks } = await readAll(streamReviewHistory(user.id, 2));
  const rows = text.trimEnd().split("\r\n").slice(1).map((l) => l.split(","));
  expect(rows.map((r) => Number(r[1]) - T0.getTime())).toEqual(times);
  // Each row once (durations are distinct), none lost or repeated at a page boundary.
  expect(new Set(rows.map((r) => r[4])).size).toBe(times.length);
  expect(chunks).toBe(Math.ceil(times.length / 2));
});

test("an account without reviews gets the header alone", async () => {
  const { user } = await makeUserWithCards(1, T0);
  expect((await readAll(streamReviewHistory(user.id))).text).toBe("card_id,review_time,review_rating,review_state,review_duration\r\n");
});

test("nothing is read before the consumer asks, and a cancelled download stops the reading", async () => {
  const { user } = await makeUserWithCards(1, T0);
  const s = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
  await addLogs(user.id, [1, 2, 3, 4, 5].map((t) => ({ cardId: s.cardId, cardStateId: s.id, review: new Date(T0.getTime() + t), rating: 3, state: 2, durationMs: t })));
  const reader = streamReviewHistory(user.id, 2).getReader();
  // Rows added after the stream is made but before the first read are in it: the first page is read on demand.
  await addLogs(user.id, [{ cardId: s.cardId, cardStateId: s.id, review: new Date(T0.getTime()), rating: 1, state: 2, durationMs: 0 }]);
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first.split("\r\n")[1]).toBe(`${s.cardId},${T0.getTime()},1,2,0`);
  await reader.cancel();
  expect((await reader.read()).done).toBe(true);
});
