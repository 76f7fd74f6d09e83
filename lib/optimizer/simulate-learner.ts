import { default_w, FSRSAlgorithm, forgetting_curve, Rating, type FSRSState, type Grade } from "ts-fsrs";
import { createRng, type TRng } from "../random/create-rng";
import type { TOptimizerLog } from "./types";

const DAY_MS = 86_400_000;

/**
 * A learner whose memory follows FSRS-6 with known weights, studying with an app that schedules with the
 * default weights (as a new reader's app does before any fit).
 */
export type TSimulatedLearner = {
  /** The weights the learner's memory truly follows (21 numbers). */
  trueWeights: readonly number[];
  /** How many reviews to produce. */
  reviews: number;
  /** Seed of the random draws: the same seed gives the same history. */
  seed: number;
  /** The last review happens on the day before `now`. */
  now: Date;
  newPerDay?: number;
  /** Desired retention the app schedules for. */
  desiredRetention?: number;
  /** Chance, on each day a card is due, that the learner does not study it that day (reviews come late). */
  skipChance?: number;
};

/**
 * A learner with non-default weights: new cards are remembered for a shorter time than FSRS assumes,
 * successful reviews grow stability faster, and memory decays with a flatter curve (w20).
 */
export const NON_DEFAULT_WEIGHTS: readonly number[] = Object.freeze([
  0.08, 0.4, 1.2, 4.5, 6.8, 0.6, 2.2, 0.01, 2.3, 0.08, 1.1, 1.9, 0.1, 0.35, 1.3, 0.45, 2.4, 0.5, 0.12, 0.1, 0.45,
]);

/** The control learner: memory follows FSRS's default weights exactly. */
export const DEFAULT_WEIGHTS: readonly number[] = Object.freeze([...default_w]);

type TSimCard = { id: string; truth: FSRSState; belief: FSRSState; lastDay: number; dueDay: number };

/** Grade of a first sight (no memory yet) or of a review: Again when forgotten, else Hard, Good or Easy. */
function firstGrade(rng: TRng): Grade {
  const u = rng();
  return u < 0.2 ? Rating.Again : u < 0.33 ? Rating.Hard : u < 0.9 ? Rating.Good : Rating.Easy;
}
function recallGrade(rng: TRng): Grade {
  const u = rng();
  return u < 0.12 ? Rating.Hard : u < 0.92 ? Rating.Good : Rating.Easy;
}

/**
 * Generates the review log of a synthetic learner, day by day: each day brings `newPerDay` new cards and
 * the due ones (each skipped with `skipChance`, so some come late). A review's outcome is drawn from the
 * learner's true recall probability (the FSRS forgetting curve with `trueWeights` over the whole days
 * elapsed); the next due day comes from the app's belief (FSRS with default weights, at the desired
 * retention). One review per card per day, so every delay is at least a day. Deterministic for a seed.
 *
 * @example
 * const logs = simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 1000, seed: 1, now });
 * logs.length; // 1000, sorted by time, the last one the day before `now`
 */
export function simulateLearner(learner: TSimulatedLearner): TOptimizerLog[] {
  const rng = createRng(learner.seed);
  const truth = new FSRSAlgorithm({ w: [...learner.trueWeights], enable_short_term: true });
  const app = new FSRSAlgorithm({
    w: [...default_w],
    request_retention: learner.desiredRetention ?? 0.9,
    maximum_interval: 36500,
    enable_fuzz: false,
  });
  const newPerDay = learner.newPerDay ?? 20;
  const skipChance = learner.skipChance ?? 0.25;
  const cards: TSimCard[] = [];
  const events: { cardId: string; day: number; minute: number; rating: Grade; state: number }[] = [];
  for (let day = 0; events.length < learner.reviews; day++) {
    for (const card of cards) {
      if (events.length >= learner.reviews) break;
      if (card.dueDay > day || rng() < skipChance) continue;
      const elapsed = day - card.lastDay;
      const recalled = rng() < forgetting_curve(learner.trueWeights as number[], elapsed, card.truth.stability);
      const grade = recalled ? recallGrade(rng) : Rating.Again;
      events.push({ cardId: card.id, day, minute: Math.floor(rng() * 600), rating: grade, state: 2 });
      card.truth = truth.next_state(card.truth, elapsed, grade);
      card.belief = app.next_state(card.belief, elapsed, grade);
      card.lastDay = day;
      card.dueDay = day + app.next_interval(card.belief.stability, elapsed);
    }
    for (let n = 0; n < newPerDay && events.length < learner.reviews; n++) {
      const grade = firstGrade(rng);
      const id = `sim-${cards.length}`;
      const belief = app.next_state(null, 0, grade);
      cards.push({ id, truth: truth.next_state(null, 0, grade), belief, lastDay: day, dueDay: day + app.next_interval(belief.stability, 0) });
      events.push({ cardId: id, day, minute: Math.floor(rng() * 600), rating: grade, state: 0 });
    }
  }
  const lastDay = events.length === 0 ? 0 : events[events.length - 1].day;
  // Day d of the simulation is (lastDay - d + 1) days before `now`'s UTC day, reviews between 08:00 and 18:00 UTC.
  const endDay = Math.floor(learner.now.getTime() / DAY_MS) - 1;
  return events
    .map((e) => ({
      cardId: e.cardId,
      review: new Date((endDay - (lastDay - e.day)) * DAY_MS + 8 * 3_600_000 + e.minute * 60_000),
      rating: e.rating,
      state: e.state,
    }))
    .sort((a, b) => a.review.getTime() - b.review.getTime());
}
