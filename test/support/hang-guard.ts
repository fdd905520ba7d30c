/**
 * How long a browser test waits for something that must happen (an import to finish, matching to
 * report) before calling it hung. A hang guard, not a speed limit: far above any run's time on this
 * 2-core machine under load (the slowest waits take about two minutes there). Nothing asserts speed.
 */
export const HANG_GUARD = 300_000;
