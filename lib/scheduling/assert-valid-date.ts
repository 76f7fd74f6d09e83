import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";

/**
 * Throws a typed error for a Date that is not a Date or is Invalid Date (`new Date("x")`), which
 * ts-fsrs would otherwise turn into NaN due dates.
 *
 * @example
 * assertValidDate(new Date("2024-03-10T06:30:00Z"), "now"); // ok
 */
export function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_DATE, `${name} must be a valid Date`);
  }
}
