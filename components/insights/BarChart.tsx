// A small SVG bar chart: categories along one axis, one or more series stacked or side by side.
// Drawn as plain SVG so it follows the page's colours (light and dark) and stays crisp; a reader
// moves through the bars with the arrow keys and hears each one described.
import { useState } from 'preact/hooks';

export interface Series {
  name: string;
  /** CSS class that colours the series (`series--within`, `series--over`, `series--ack`…). */
  className: string;
  values: (number | null)[];
}

export interface BarChartProps {
  categories: string[];
  series: Series[];
  /** Stacked: series add up in one bar; grouped: side by side. */
  layout: 'stacked' | 'grouped';
  /** Horizontal bars suit long labels (people, domains). */
  orientation?: 'vertical' | 'horizontal';
  /** Fixed top of the scale (100 for percentages); otherwise the largest value, rounded up. */
  max?: number;
  formatValue: (value: number) => string;
  /** What a reader hears for one category. */
  describe: (index: number) => string;
  label: string;
  /** Width of the drawing in its own units: wider for charts that span the page, so text keeps its size. */
  width?: number;
}

const VERTICAL = { width: 640, height: 220, left: 44, right: 8, top: 10, bottom: 34 };
const ROW = 26;

/** 1, 2, 5 × 10ⁿ at or above `value`. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function BarChart(props: BarChartProps) {
  const { categories, series, layout, formatValue, describe, label } = props;
  const [active, setActive] = useState<number | null>(null);
  const horizontal = props.orientation === 'horizontal';
  const totals = categories.map((_, i) =>
    layout === 'stacked'
      ? series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
      : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  const top = props.max ?? Math.max(4, niceMax(Math.max(0, ...totals)));
  // Whole steps: 1, 2, 5 × 10ⁿ split in fifths, otherwise (4, 20, 200…) in quarters.
  const parts = props.max === undefined && top % 5 === 0 ? 5 : 4;
  const ticks = Array.from({ length: parts + 1 }, (_, i) => (i * top) / parts);

  function onKeyDown(event: KeyboardEvent) {
    const last = categories.length - 1;
    if (last < 0) return;
    const forward = horizontal ? 'ArrowDown' : 'ArrowRight';
    const back = horizontal ? 'ArrowUp' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === forward) next = active === null ? 0 : Math.min(active + 1, last);
    else if (event.key === back) next = active === null ? 0 : Math.max(active - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') next = null;
    else return;
    event.preventDefault();
    setActive(next);
  }

  const width = props.width ?? VERTICAL.width;
  let height: number;
  let bars: preact.JSX.Element[] = [];
  let axis: preact.JSX.Element[] = [];
  if (!horizontal) {
    const { left, right, top: padTop, bottom } = VERTICAL;
    height = VERTICAL.height;
    const plotW = width - left - right;
    const plotH = height - padTop - bottom;
    const slot = plotW / Math.max(1, categories.length);
    const y = (v: number) => padTop + plotH - (Math.min(v, top) / top) * plotH;
    axis = ticks.map((v) => (
      <g key={`t${v}`} class="chart__grid">
        <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} />
        <text x={left - 6} y={y(v)} dy="0.32em" text-anchor="end">
          {formatValue(v)}
        </text>
      </g>
    ));
    const every = Math.ceil(categories.length / 12);
    bars = categories.map((category, i) => {
      const x0 = left + i * slot;
      const barW = Math.min(56, slot * 0.7);
      const rects: preact.JSX.Element[] = [];
      let stack = 0;
      series.forEach((s, k) => {
        const v = s.values[i];
        if (v === null || v === undefined) return;
        if (layout === 'stacked') {
          rects.push(
            <rect
              key={k}
              class={`series ${s.className}`}
              x={x0 + (slot - barW) / 2}
              width={barW}
              y={y(stack + v)}
              height={Math.max(0, y(stack) - y(stack + v))}
            />,
          );
          stack += v;
        } else {
          const w = barW / series.length;
          rects.push(
            <rect
              key={k}
              class={`series ${s.className}`}
              x={x0 + (slot - barW) / 2 + k * w}
              width={Math.max(1, w - 2)}
              y={y(v)}
              height={Math.max(0, y(0) - y(v))}
            />,
          );
        }
      });
      return (
        <g key={i} class={`chart__bar${active === i ? ' chart__bar--active' : ''}`} onMouseEnter={() => setActive(i)}>
          <rect class="chart__hit" x={x0} width={slot} y={padTop} height={plotH} />
          {rects}
          {i % every === 0 && (
            <text class="chart__label" x={x0 + slot / 2} y={height - bottom + 16} text-anchor="middle">
              {shorten(category, Math.max(6, Math.floor(slot / 7)))}
            </text>
          )}
        </g>
      );
    });
  } else {
    const left = 180;
    const right = 56;
    const padTop = 6;
    height = padTop + categories.length * ROW + 22;
    const plotW = width - left - right;
    const x = (v: number) => left + (Math.min(v, top) / top) * plotW;
    axis = ticks.map((v) => (
      <g key={`t${v}`} class="chart__grid">
        <line x1={x(v)} x2={x(v)} y1={padTop} y2={height - 20} />
        <text x={x(v)} y={height - 6} text-anchor="middle">
          {formatValue(v)}
        </text>
      </g>
    ));
    bars = categories.map((category, i) => {
      const y0 = padTop + i * ROW;
      const barH = ROW - 8;
      const rects: preact.JSX.Element[] = [];
      let stack = 0;
      series.forEach((s, k) => {
        const v = s.values[i];
        if (v === null || v === undefined) return;
        const from = layout === 'stacked' ? stack : 0;
        const h = layout === 'stacked' ? barH : barH / series.length;
        const yy = layout === 'stacked' ? y0 + 4 : y0 + 4 + k * h;
        rects.push(
          <rect
            key={k}
            class={`series ${s.className}`}
            x={x(from)}
            width={Math.max(0, x(from + v) - x(from))}
            y={yy}
            height={Math.max(1, h - (layout === 'stacked' ? 0 : 1))}
          />,
        );
        if (layout === 'stacked') stack += v;
      });
      return (
        <g key={i} class={`chart__bar${active === i ? ' chart__bar--active' : ''}`} onMouseEnter={() => setActive(i)}>
          <rect class="chart__hit" x={0} width={width} y={y0} height={ROW} />
          <text class="chart__label" x={left - 8} y={y0 + ROW / 2} dy="0.32em" text-anchor="end">
            {shorten(category, 26)}
          </text>
          {rects}
          <text class="chart__value" x={x(totals[i]!) + 6} y={y0 + ROW / 2} dy="0.32em">
            {formatValue(totals[i]!)}
          </text>
        </g>
      );
    });
  }

  return (
    <div class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setActive((a) => a ?? (categories.length ? 0 : null))}
        onMouseLeave={() => setActive(null)}
      >
        {axis}
        {bars}
      </svg>
      <ul class="chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span class={`chart__swatch ${s.className}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <p class="chart__readout" aria-live="polite">
        {active !== null && active < categories.length ? describe(active) : '\u00a0'}
      </p>
    </div>
  );
}
