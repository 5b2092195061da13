import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar chart as a list: each row says its label, count and share in text, and draws a bar whose
 * length is its share of the largest value (the bar is decoration; the text carries the numbers).
 */
export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const titleId = useId();
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={titleId} data-testid={testId}>
      <figcaption className="chart-title" id={titleId}>
        {title}
      </figcaption>
      <ul className="chart-bars">
        {bars.map((bar) => {
          const share = total > 0 ? Math.round((bar.value / total) * 100) : 0;
          return (
            <li key={bar.key} className="chart-row" data-key={bar.key}>
              <span className="chart-label">{bar.label}</span>
              <span className="chart-track" aria-hidden="true">
                <span className={`chart-bar bar-${bar.key}`} style={{ width: `${(bar.value / max) * 100}%` }} />
              </span>
              <span className="chart-value">
                {bar.value} <span className="muted">({share}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
      {total === 0 && <p className="muted">No bookings in this period.</p>}
    </figure>
  );
}
