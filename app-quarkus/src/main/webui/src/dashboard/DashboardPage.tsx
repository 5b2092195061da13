import { useEffect, useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../api/client';
import { getBookingStats } from '../api/endpoints';
import { BOOKING_SOURCES, BOOKING_STATUSES, type BookingStats } from '../api/types';
import { useBookingEvents } from '../app/liveUpdates';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { ErrorState } from '../components/ErrorState';
import { Skeleton } from '../components/Skeleton';
import { formatCalendarDate, formatPercent, todayIn } from '../format';
import { useResource } from '../hooks/useResource';
import { SOURCE_LABELS, STATUS_LABELS } from '../labels';
import { BarChart } from './BarChart';
import { PERIODS, parsePeriod, rangeOf, type Period } from './periods';

/**
 * The business at a glance for a chosen period (in the URL, so it can be bookmarked): bookings today and
 * upcoming, completed, canceled, no-shows and their rate, the waitlist's fill rate (offers accepted of offers
 * made), and bookings by source and by status. Refreshes
 * itself when bookings change.
 */
export function DashboardPage() {
  const { tenant } = useSession();
  const { notify } = useToasts();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const period = parsePeriod(params.get('period'));
  const today = todayIn(tenant.timeZone);
  const customStart = params.get('start_date') ?? '';
  const customEnd = params.get('end_date') ?? '';
  const range = useMemo(
    () => rangeOf(period, today, { start_date: customStart, end_date: customEnd }),
    [period, today, customStart, customEnd],
  );

  const stats = useResource(`stats:${JSON.stringify(range)}`, (signal) =>
    range ? getBookingStats(range, signal) : Promise.resolve(null),
  );
  const { reload } = stats;
  useBookingEvents(reload);

  useEffect(() => {
    if (stats.error !== undefined && stats.data) {
      notify({
        kind: 'error',
        message: `Statistics could not be refreshed. ${describeError(stats.error)}`,
        action: { label: 'Retry', run: reload },
      });
    }
  }, [stats.error, stats.data, notify, reload]);

  const choosePeriod = (next: Period) => {
    setParams((current) => {
      const p = new URLSearchParams(current);
      if (next === 'today') p.delete('period');
      else p.set('period', next);
      if (next === 'custom') {
        const seed = range ?? { start_date: today, end_date: today };
        if (!p.get('start_date')) p.set('start_date', seed.start_date);
        if (!p.get('end_date')) p.set('end_date', seed.end_date);
      } else {
        p.delete('start_date');
        p.delete('end_date');
      }
      return p;
    });
  };

  const setCustom = (key: 'start_date' | 'end_date', value: string) => {
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  };

  const data = stats.data;
  const bookingsLink = range ? `/bookings?start_date=${range.start_date}&end_date=${range.end_date}` : '/bookings';

  return (
    <section className="page" aria-labelledby="dashboard-heading">
      <div className="page-header">
        <h1 id="dashboard-heading">Dashboard</h1>
        <Link className="button" to={bookingsLink}>
          See these bookings
        </Link>
      </div>

      <fieldset className="period-picker" data-testid="period-picker">
        <legend>Period</legend>
        <div className="segmented">
          {PERIODS.map((p) => (
            <label key={p.value} className="segment">
              <input
                type="radio"
                name={`${id}-period`}
                value={p.value}
                checked={period === p.value}
                onChange={() => choosePeriod(p.value)}
              />
              <span>{p.label}</span>
            </label>
          ))}
        </div>
        {period === 'custom' && (
          <div className="custom-range">
            <div className="field">
              <label htmlFor={`${id}-start`}>From</label>
              <input
                id={`${id}-start`}
                type="date"
                value={customStart}
                onChange={(e) => setCustom('start_date', e.target.value)}
                data-testid="period-start"
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>To</label>
              <input
                id={`${id}-end`}
                type="date"
                value={customEnd}
                min={customStart || undefined}
                onChange={(e) => setCustom('end_date', e.target.value)}
                data-testid="period-end"
              />
            </div>
            {!range && (
              <p className="field-error" role="alert">
                Choose a start and an end date, the end not before the start.
              </p>
            )}
          </div>
        )}
      </fieldset>

      {range && (
        <p className="muted" data-testid="period-range">
          {range.start_date === range.end_date
            ? formatCalendarDate(range.start_date)
            : `${formatCalendarDate(range.start_date)} – ${formatCalendarDate(range.end_date)}`}{' '}
          ({tenant.timeZone})
        </p>
      )}

      {range && !data && stats.loading && <Skeleton lines={4} label="Loading statistics" />}
      {range && !data && !stats.loading && stats.error !== undefined && (
        <ErrorState title="Statistics could not be loaded" message={describeError(stats.error)} onRetry={reload} />
      )}
      {range && data && <StatsView stats={data} updating={stats.loading} />}
    </section>
  );
}

function StatsView({ stats, updating }: { stats: BookingStats; updating: boolean }) {
  return (
    <div aria-busy={updating} data-testid="stats">
      <ul className="stat-cards">
        <StatCard testId="stat-total" label="Bookings in period" value={stats.totalBookings} />
        <StatCard testId="stat-today" label="Today" value={stats.todayBookings} />
        <StatCard testId="stat-upcoming" label="Upcoming (next 7 days)" value={stats.upcomingBookings} />
        <StatCard testId="stat-completed" label="Completed" value={stats.completedBookings} />
        <StatCard testId="stat-canceled" label="Canceled" value={stats.canceledBookings} />
        <StatCard
          testId="stat-no-show"
          label="No-shows"
          value={stats.noShowCount}
          note={`${formatPercent(stats.noShowRate)} no-show rate`}
        />
        <li className="stat-card" data-testid="stat-waitlist-fill-rate">
          <span className="stat-label">Waitlist fill rate</span>
          <span className="stat-value">{formatPercent(stats.waitlistFillRate ?? 0)}</span>
          <span className="stat-note">
            {stats.waitlistOffersMade
              ? `${stats.waitlistOffersAccepted ?? 0} of ${stats.waitlistOffersMade} offers accepted`
              : 'No waitlist offers made'}
          </span>
        </li>
      </ul>
      <div className="charts">
        <BarChart
          title="Bookings by source"
          testId="chart-by-source"
          bars={BOOKING_SOURCES.map((s) => ({ key: s, label: SOURCE_LABELS[s], value: stats.bySource?.[s] ?? 0 }))}
        />
        <BarChart
          title="Bookings by status"
          testId="chart-by-status"
          bars={BOOKING_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], value: stats.byStatus?.[s] ?? 0 }))}
        />
      </div>
    </div>
  );
}

function StatCard({ label, value, note, testId }: { label: string; value: number; note?: string; testId: string }) {
  return (
    <li className="stat-card" data-testid={testId}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {note && <span className="stat-note">{note}</span>}
    </li>
  );
}
