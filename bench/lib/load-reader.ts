/**
 * One simulated reader of `npm run bench:load`, acting as the pages do, one request at a time: it reads
 * its queue (GET /api/study), grades the card the study page would show next (POST /api/reviews, with an
 * idempotency key, retried with the same key when the server went away mid-request), undoes its last grade
 * (the study page's server action), takes quizzes (start and answers, the quiz pages' actions) and opens
 * Progress. Every answered request is timed; the grade ledger keeps what the server acknowledged.
 */
import { pickNextCard, settleGradedCard } from "../../lib/scheduling";
import type { TQueueKind } from "../../lib/scheduling";
import type { GradeLedger } from "./grade-ledger";
import type { LatencyStats } from "./latency-stats";
import { callServerAction } from "./server-action";

export type HeldCard = { stateId: string; version: number; kind: TQueueKind; due: string; siblingKey?: string | null };
type QuizQuestionRef = { id: string; format: "multiple_choice" | "true_false" | "typed" | "matching" };

export type LoadReader = {
  id: string;
  cookie: string;
  cards: HeldCard[];
  remainder: Record<TQueueKind, number>;
  /** No queue read before this time (ms) after the queue came back empty. */
  idleUntil: number;
  quiz: { id: string; questions: QuizQuestionRef[] } | null;
  grades: number;
};

/** What the readers share: the server's address and state, the action ids, the tallies. */
export type LoadContext = {
  base: string;
  actions: Map<string, string>;
  stats: LatencyStats;
  ledger: GradeLedger;
  /** `epoch` moves on when the server is killed; `down` until it answers again. */
  server: { epoch: number; down: boolean };
  /** Requests cut off by the kill (not errors: the server was gone). */
  interrupted: { count: number };
  deadline: number;
  random: () => number;
  /** The questions of a quiz just started (read from the database: the page would render them). */
  quizQuestions: (userId: string) => Promise<{ id: string; questions: QuizQuestionRef[] } | null>;
};

type Outcome<T> = { kind: "answered"; status: number; value: T } | { kind: "interrupted" } | { kind: "failed" };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Times one request; a dropped connection or a 5xx while the server was being killed is "interrupted". */
export async function timed<T>(ctx: LoadContext, action: string, send: () => Promise<{ status: number; value: T }>): Promise<Outcome<T>> {
  const epoch = ctx.server.epoch;
  const start = performance.now();
  const cutOff = () => ctx.server.down || ctx.server.epoch !== epoch;
  try {
    const { status, value } = await send();
    if (status >= 500) {
      if (cutOff()) return (ctx.interrupted.count++, { kind: "interrupted" });
      ctx.stats.fail(action);
      return { kind: "failed" };
    }
    ctx.stats.record(action, performance.now() - start);
    return { kind: "answered", status, value };
  } catch {
    if (cutOff()) return (ctx.interrupted.count++, { kind: "interrupted" });
    ctx.stats.fail(action);
    return { kind: "failed" };
  }
}

async function getJson(ctx: LoadContext, path: string, cookie: string): Promise<{ status: number; value: unknown }> {
  const r = await fetch(`${ctx.base}${path}`, { headers: { cookie } });
  return { status: r.status, value: r.headers.get("content-type")?.includes("json") ? await r.json() : await r.text() };
}

async function readQueue(ctx: LoadContext, reader: LoadReader): Promise<void> {
  const r = await timed(ctx, "queue", () => getJson(ctx, "/api/study", reader.cookie));
  if (r.kind !== "answered") return;
  if (r.status !== 200) return ctx.stats.fail("queue");
  const data = r.value as { cards: HeldCard[]; remainder: Record<TQueueKind, number> };
  reader.cards = data.cards.map(({ stateId, version, kind, due, siblingKey }) => ({ stateId, version, kind, due, siblingKey }));
  reader.remainder = data.remainder;
  if (reader.cards.length === 0) reader.idleUntil = Date.now() + 5_000;
}

async function grade(ctx: LoadContext, reader: LoadReader, card: HeldCard): Promise<void> {
  const key = `load-${reader.id}-${reader.grades++}-${Math.floor(ctx.random() * 1e9).toString(36)}`;
  const body = JSON.stringify({ stateId: card.stateId, version: card.version, grade: 1 + Math.floor(ctx.random() * 4), durationMs: 2000 + Math.floor(ctx.random() * 8000), idempotencyKey: key });
  ctx.ledger.send(reader.id, key);
  const headers = { cookie: reader.cookie, "content-type": "application/json", origin: ctx.base, "sec-fetch-site": "same-origin" };
  // As a client with an idempotency key does: a request the server never answered is sent again, unchanged.
  for (;;) {
    const r = await timed(ctx, "grade", async () => {
      const res = await fetch(`${ctx.base}/api/reviews`, { method: "POST", headers, body });
      return { status: res.status, value: (await res.json()) as { recorded?: boolean; duplicate?: boolean; requeue?: Partial<HeldCard> | null } };
    });
    if (r.kind === "interrupted") {
      do await sleep(200);
      while (ctx.server.down);
      continue;
    }
    if (r.kind === "failed") return void (reader.cards = []);
    if (r.status === 200) {
      ctx.ledger.acknowledge(reader.id, key);
      const q = r.value.requeue;
      reader.cards = settleGradedCard(reader.cards, card, q ? { version: q.version, kind: q.kind, due: q.due } : null);
    } else {
      // 409: the card moved on (an undo restored it): start again from the server's queue, as the page does.
      if (r.status !== 409) ctx.stats.fail("grade");
      reader.cards = [];
    }
    return;
  }
}

async function undo(ctx: LoadContext, reader: LoadReader): Promise<void> {
  const r = await timed(ctx, "undo", () => callServerAction<{ ok: boolean; code?: string }>(ctx.base, "/study", ctx.actions.get("undoReviewAction")!, [{}], reader.cookie).then((a) => ({ status: a.status, value: a.result })));
  if (r.kind === "interrupted") return ctx.ledger.undoUnknown(reader.id);
  if (r.kind === "failed") return;
  if (r.status === 200 && r.value?.ok) ctx.ledger.undo(reader.id);
  else ctx.stats.fail("undo"); // the ledger holds a grade to undo: "nothing to undo" would be a lost grade
  reader.cards = [];
}

function answerFor(q: QuizQuestionRef, random: () => number): unknown {
  if (q.format === "multiple_choice") return { format: q.format, optionIndex: Math.floor(random() * 4) };
  if (q.format === "true_false") return { format: q.format, value: random() < 0.5 };
  if (q.format === "typed") return { format: q.format, text: "Washington" };
  return { format: q.format, pairs: [] };
}

async function quizStep(ctx: LoadContext, reader: LoadReader): Promise<void> {
  const question = reader.quiz?.questions.shift();
  if (!reader.quiz || !question) {
    const form = new FormData();
    form.set("articleId", "all");
    form.set("length", "10");
    form.append("formats", "mixed");
    const r = await timed(ctx, "quiz-start", () => callServerAction(ctx.base, "/quiz", ctx.actions.get("startQuizAction")!, [{}, form], reader.cookie, false).then((a) => ({ status: a.status, value: a.redirect })));
    if (r.kind !== "answered") return;
    if (!r.value?.includes("/quiz/")) return ctx.stats.fail("quiz-start");
    reader.quiz = await ctx.quizQuestions(reader.id);
    return;
  }
  const input = { quizId: reader.quiz.id, questionId: question.id, response: answerFor(question, ctx.random), durationMs: 4000 };
  const r = await timed(ctx, "quiz-answer", () => callServerAction<{ ok: boolean }>(ctx.base, `/quiz/${reader.quiz!.id}`, ctx.actions.get("answerAction")!, [input], reader.cookie).then((a) => ({ status: a.status, value: a.result })));
  if (r.kind === "answered" && !(r.status === 200 && r.value?.ok)) ctx.stats.fail("quiz-answer");
}

async function progress(ctx: LoadContext, reader: LoadReader): Promise<void> {
  const r = await timed(ctx, "progress", () => getJson(ctx, "/progress", reader.cookie));
  if (r.kind === "answered" && r.status !== 200) ctx.stats.fail("progress");
}

/** The reader's loop until the deadline: mostly grading, with the other actions mixed in. */
export async function runReader(ctx: LoadContext, reader: LoadReader): Promise<void> {
  while (Date.now() < ctx.deadline) {
    if (ctx.server.down) {
      await sleep(100);
      continue;
    }
    const roll = ctx.random();
    const next = pickNextCard(reader.cards, reader.remainder, new Date());
    if (roll < 0.05) await progress(ctx, reader);
    else if (roll < 0.12 && ctx.ledger.canUndo(reader.id)) await undo(ctx, reader);
    else if (roll < 0.25) await quizStep(ctx, reader);
    else if (next) await grade(ctx, reader, next);
    else if (Date.now() >= reader.idleUntil) await readQueue(ctx, reader);
    else await quizStep(ctx, reader);
  }
}

/**
 * Adds one article every `everyMs` (the Articles page's paste form), for each reader in turn, whether or
 * not the previous one has been answered: articles arrive at that rate however slow the server is.
 */
export async function runArticleAdder(ctx: LoadContext, readers: LoadReader[], texts: { title: string; text: string }[], everyMs: number): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (let n = 0; Date.now() + everyMs < ctx.deadline; n++) {
    await sleep(everyMs);
    if (ctx.server.down) continue;
    pending.push(addArticle(ctx, readers[n % readers.length], texts[n % texts.length], n));
  }
  await Promise.all(pending);
}

async function addArticle(ctx: LoadContext, reader: LoadReader, source: { title: string; text: string }, n: number): Promise<void> {
  const form = new FormData();
  form.set("title", `${source.title} (load ${n})`);
  form.set("text", source.text);
  form.set("sourceUrl", "");
  const r = await timed(ctx, "article", () => callServerAction(ctx.base, "/articles", ctx.actions.get("createArticleAction")!, [{}, form], reader.cookie, false).then((a) => ({ status: a.status, value: a.redirect })));
  if (r.kind === "answered" && !r.value?.includes("/articles/")) ctx.stats.fail("article");
}
