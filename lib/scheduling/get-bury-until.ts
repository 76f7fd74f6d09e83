import { getStudyDay } from "./get-study-day";

/**
 * When a card buried now comes back: the start of the next study day (Anki's "bury until tomorrow").
 *
 * @example
 * getBuryUntil(new Date("2024-03-10T06:30:00Z"), "UTC", 4); // 2024-03-11T04:00:00.000Z
 */
export function getBuryUntil(now: Date, timeZone: string, dayStartHour: number): Date {
  return getStudyDay(now, timeZone, dayStartHour).end;
}
