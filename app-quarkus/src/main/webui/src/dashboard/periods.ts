import { endOfMonth, isDateString, startOfMonth, startOfWeek, addDays } from '../format';

/** The dashboard's periods; "custom" takes its dates from the URL. */
export type Period = 'today' | 'week' | 'month' | 'custom';

export const PERIODS: { value: Period; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'This month' },
  { value: 'custom', label: 'Custom range' },
];

export interface DateRange {
  start_date: string;
  end_date: string;
}

export function parsePeriod(value: string | null): Period {
  return PERIODS.some((p) => p.value === value) ? (value as Period) : 'today';
}

/**
 * The calendar days of a period, given today's date in the business's time zone (weeks start on Monday).
 * A custom range needs both dates, the end not before the start; otherwise there is none.
 */
export function rangeOf(period: Period, today: string, custom: Partial<DateRange> = {}): DateRange | null {
  switch (period) {
    case 'today':
      return { start_date: today, end_date: today };
    case 'week': {
      const start = startOfWeek(today);
      return { start_date: start, end_date: addDays(start, 6) };
    }
    case 'month':
      return { start_date: startOfMonth(today), end_date: endOfMonth(today) };
    case 'custom': {
      const { start_date, end_date } = custom;
      if (!isDateString(start_date) || !isDateString(end_date) || end_date < start_date) return null;
      return { start_date, end_date };
    }
  }
}
