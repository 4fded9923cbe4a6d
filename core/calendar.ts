export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** A span of one day's working hours, like ["09:00", "17:30"]; it may end at "24:00". */
export type TimeRange = [start: string, end: string];
export interface WorkingHours { enabled: boolean; days: Record<Weekday, TimeRange[]> }

export const minutesOfDay = (hhmm: string): number => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Minutes east of UTC in force at a wall-clock instant (injected: the system zone, or a trace's fixed offset). */
export type UtcOffset = (wallMs: number) => number;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The day a pause "until tomorrow" counts from turns over at 04:00, so a late night still belongs to today. */
const DAY_TURNS_AT = 4 * 60;
const MORNING = 6 * 60;

const toLocal = (wall: number, offset: UtcOffset) => wall + offset(wall) * MINUTE;
const toWall = (local: number, offset: UtcOffset) => local - offset(local - offset(local) * MINUTE) * MINUTE;
const localMidnight = (local: number) => Math.floor(local / DAY) * DAY;
// 1970-01-01 was a Thursday (index 4 in WEEKDAYS).
const weekdayOf = (local: number) => WEEKDAYS[(Math.floor(local / DAY) + 4) % 7] ?? 'sun';

function rangesOn(hours: WorkingHours, local: number): [number, number][] {
  return hours.days[weekdayOf(local)].map(([start, end]) => [minutesOfDay(start), minutesOfDay(end)]);
}

export function isWorkingTime(hours: WorkingHours, wall: number, offset: UtcOffset): boolean {
  if (!hours.enabled) return true;
  const local = toLocal(wall, offset);
  const minute = (local - localMidnight(local)) / MINUTE;
  return rangesOn(hours, local).some(([start, end]) => start <= minute && minute < end);
}

/** The next wall-clock instant at which working hours begin or end, within a week; null when they never change. */
export function nextWorkingHoursChange(hours: WorkingHours, wall: number, offset: UtcOffset): number | null {
  if (!hours.enabled) return null;
  const local = toLocal(wall, offset);
  for (let day = 0; day <= 7; day++) {
    const midnight = localMidnight(local) + day * DAY;
    const edges = rangesOn(hours, midnight).flat().map((minute) => midnight + minute * MINUTE).sort((a, b) => a - b);
    const next = edges.find((edge) => edge > local);
    if (next !== undefined) return toWall(next, offset);
  }
  return null;
}

/** "Until tomorrow": the next morning's first working hour, or 06:00 when working hours are off or that day has none. */
export function tomorrowMorning(hours: WorkingHours, wall: number, offset: UtcOffset): number {
  const local = toLocal(wall, offset);
  const tomorrow = localMidnight(local - DAY_TURNS_AT * MINUTE) + DAY;
  const firstStart = hours.enabled ? rangesOn(hours, tomorrow).map(([start]) => start).sort((a, b) => a - b)[0] : undefined;
  return toWall(tomorrow + (firstStart ?? MORNING) * MINUTE, offset);
}
