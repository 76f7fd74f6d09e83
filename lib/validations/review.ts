import { z } from "./zod";

const id = z.string({ error: "Missing card." }).min(1, "Missing card.").max(64, "That card id is not valid.");

export const ZSubmitReviewSchema = z.object({
  stateId: id,
  grade: z.number().int().min(1, "Grade with Again, Hard, Good or Easy.").max(4, "Grade with Again, Hard, Good or Easy."),
  /** Milliseconds from showing the card to grading it; capped by the scheduler. */
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000).catch(0),
  /** Chosen by the page for each grading; a retry with the same key records one review. */
  idempotencyKey: z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/, "That request key is not valid."),
  /** The card state's version when it was shown: a newer one means another tab already graded it. */
  version: z.number().int().min(0),
});
export type TSubmitReviewSchema = z.infer<typeof ZSubmitReviewSchema>;

export const ZCardCommandSchema = z.object({
  stateId: id,
  command: z.enum(["suspend", "unsuspend", "bury", "reset"]),
});
export type TCardCommandSchema = z.infer<typeof ZCardCommandSchema>;

export const ZEditCardSchema = z.object({
  stateId: id,
  prompt: z.string().trim().min(1, "The question cannot be empty.").max(1000, "Keep the question under 1,000 characters."),
  answer: z.string().trim().min(1, "The answer cannot be empty.").max(300, "Keep the answer under 300 characters."),
});
export type TEditCardSchema = z.infer<typeof ZEditCardSchema>;

export const REPORT_REASONS = ["wrong", "ambiguous", "trivial", "answer-in-question", "grammar", "other"] as const;
export const ZReportCardSchema = z.object({
  stateId: id,
  reason: z.enum(REPORT_REASONS, { error: "Pick what is wrong with the card." }),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
});
export type TReportCardSchema = z.infer<typeof ZReportCardSchema>;

export const ZCardInfoSchema = z.object({ stateId: id });
