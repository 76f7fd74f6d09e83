import { getStudyDay } from "../scheduling/get-study-day";

/**
 * The "YYYY-MM-DD" key of the study day containing `instant`: days start at `dayStartHour`:00 local
 * time in `timeZone` (Anki's "next day starts at"), so 02:00 with a 4 AM start still counts as the day
 * before. The SQL that groups reviews by day must compute the same key: local wall time minus
 * `dayStartHour` hours, then its date (PostgreSQL:
 * `to_char(("review" AT TIME ZONE 'UTC' AT TIME ZONE $tz) - make_interval(hours => $hour), 'YYYY-MM-DD')`).
 *
 * @throws SchedulingError for an unknown time zone, an hour outside 0–23 or an invalid date.
 *
 * @example
 * toDayKey(new Date("2024-03-10T06:30:00Z"), "America/New_York", 4); // "2024-03-09" (01:30 EST)
 * toDayKey(new Date("2024-03-10T06:30:00Z"), "America/New_York", 0); // "2024-03-10"
 */
export function toDayKey(instant: Date, timeZone: string, dayStartHour: number): string {
  return getStudyDay(instant, timeZone, dayStartHour).dayKey;
}
