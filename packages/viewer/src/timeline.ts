/**
 * The timeline: a histogram of evidence by document date (days, months or years, whichever
 * suits the span), with a brush. Dragging across it selects a date range that filters the
 * graph; "As of" turns the range into everything known up to its end. Undated evidence is
 * counted beside it and is never inside a range.
 */
import type { TimelineResponse } from '@kg/schema';
import { el, replaceChildren } from './dom.js';
import { counted } from './words.js';

const SVG = 'http://www.w3.org/2000/svg';

export interface DateRange {
  from?: string;
  to?: string;
}

export interface Timeline {
  element: HTMLElement;
  /** New data (after a load or a change of filters). */
  update(data: TimelineResponse): void;
  /** Shows the range the filters hold (from the URL, or cleared). */
  setRange(range: DateRange): void;
}

type Unit = 'day' | 'month' | 'year';

interface Bucket {
  /** First day of the bucket, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the bucket. */
  end: string;
  count: number;
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

function unitFor(first: string, last: string): Unit {
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  if (days <= 92) return 'day';
  if (days <= 365 * 4) return 'month';
  return 'year';
}

function bucketStart(day: string, unit: Unit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  return `${day.slice(0, 4)}-01-01`;
}

function nextStart(start: string, unit: Unit): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return iso(d);
}

/** Evidence counts in consecutive buckets from the first dated day to the last. */
export function bucketsOf(days: TimelineResponse['days']): { unit: Unit; buckets: Bucket[] } {
  const first = days[0]?.day;
  const last = days[days.length - 1]?.day;
  if (!first || !last) return { unit: 'day', buckets: [] };
  const unit = unitFor(first, last);
  const counts = new Map<string, number>();
  for (const { day, count } of days) {
    const start = bucketStart(day, unit);
    counts.set(start, (counts.get(start) ?? 0) + count);
  }
  const buckets: Bucket[] = [];
  for (let start = bucketStart(first, unit); start <= last; start = nextStart(start, unit)) {
    const next = new Date(`${nextStart(start, unit)}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() - 1);
    buckets.push({ start, end: iso(next), count: counts.get(start) ?? 0 });
    if (buckets.length > 2000) break;
  }
  return { unit, buckets };
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function createTimeline(onRange: (range: DateRange) => void): Timeline {
  const width = 640;
  const height = 56;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    class: 'timeline-chart',
    'data-testid': 'timeline-chart',
    role: 'img',
  });
  const caption = el('div', { className: 'timeline-caption', testid: 'timeline-caption' });
  const asOf = el('input', { testid: 'timeline-as-of', attrs: { type: 'checkbox' } });
  const clear = el('button', {
    testid: 'timeline-clear',
    text: 'All dates',
    attrs: { type: 'button' },
    on: { click: () => onRange({}) },
  });
  const element = el(
    'section',
    { className: 'timeline', testid: 'timeline', attrs: { 'aria-label': 'Timeline' } },
    el(
      'div',
      { className: 'timeline-head' },
      el('strong', { text: 'Evidence by document date' }),
      caption,
      el('label', { title: 'Everything known up to the end of the range' }, asOf, ' As of'),
      clear,
    ),
    chart,
  );

  let buckets: Bucket[] = [];
  let range: DateRange = {};
  let data: TimelineResponse | undefined;
  const selection = svg('rect', { class: 'timeline-selection', y: 0, height, x: 0, width: 0 });

  const bucketAt = (clientX: number): number => {
    const rect = chart.getBoundingClientRect();
    const fraction = (clientX - rect.left) / Math.max(1, rect.width);
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(fraction * buckets.length)));
  };

  const drawSelection = (): void => {
    if (buckets.length === 0 || (!range.from && !range.to)) {
      selection.setAttribute('width', '0');
      return;
    }
    const firstIndex = range.from ? buckets.findIndex((b) => b.end >= (range.from ?? '')) : 0;
    let lastIndex = buckets.length - 1;
    if (range.to) {
      const after = buckets.findIndex((b) => b.start > (range.to ?? ''));
      lastIndex = after < 0 ? buckets.length - 1 : after - 1;
    }
    const w = width / buckets.length;
    const a = Math.max(0, firstIndex);
    selection.setAttribute('x', String(a * w));
    selection.setAttribute('width', String(Math.max(0, (lastIndex - a + 1) * w)));
  };

  const describe = (): void => {
    if (!data) return;
    const parts = [counted(data.dated, 'dated item')];
    parts.push(
      `${counted(data.undated, 'undated item')}${range.from || range.to ? ' (hidden)' : ''}`,
    );
    if (range.from || range.to)
      parts.unshift(
        range.from ? `${range.from} – ${range.to ?? 'now'}` : `as of ${range.to ?? ''}`,
      );
    caption.textContent = parts.join(' · ');
    element.dataset.empty = String(buckets.length === 0);
  };

  const draw = (): void => {
    replaceChildren(chart);
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const w = width / Math.max(1, buckets.length);
    buckets.forEach((bucket, i) => {
      const h = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - 4));
      const bar = svg('rect', {
        class: 'timeline-bar',
        x: i * w + w * 0.1,
        width: Math.max(0.5, w * 0.8),
        y: height - h,
        height: h,
      });
      const title = svg('title', {});
      title.textContent = `${bucket.start === bucket.end ? bucket.start : `${bucket.start} – ${bucket.end}`}: ${counted(bucket.count, 'item')}`;
      bar.append(title);
      chart.append(bar);
    });
    chart.append(selection);
    drawSelection();
    describe();
  };

  // The brush: press, drag across buckets, release to filter.
  let anchor: number | undefined;
  const preview = (a: number, b: number): void => {
    const w = width / Math.max(1, buckets.length);
    selection.setAttribute('x', String(Math.min(a, b) * w));
    selection.setAttribute('width', String((Math.abs(b - a) + 1) * w));
  };
  chart.addEventListener('pointerdown', (event) => {
    if (buckets.length === 0) return;
    anchor = bucketAt(event.clientX);
    chart.setPointerCapture?.(event.pointerId);
    preview(anchor, anchor);
  });
  chart.addEventListener('pointermove', (event) => {
    if (anchor !== undefined) preview(anchor, bucketAt(event.clientX));
  });
  const finish = (event: PointerEvent): void => {
    if (anchor === undefined) return;
    const end = bucketAt(event.clientX);
    const first = buckets[Math.min(anchor, end)];
    const last = buckets[Math.max(anchor, end)];
    anchor = undefined;
    if (!first || !last) return;
    onRange(asOf.checked ? { to: last.end } : { from: first.start, to: last.end });
  };
  chart.addEventListener('pointerup', finish);
  chart.addEventListener('pointercancel', () => {
    anchor = undefined;
    drawSelection();
  });
  asOf.addEventListener('change', () => {
    if (range.to) onRange(asOf.checked ? { to: range.to } : range);
  });

  return {
    element,
    update(next) {
      data = next;
      buckets = bucketsOf(next.days).buckets;
      draw();
    },
    setRange(next) {
      range = { ...next };
      if (next.to && !next.from) asOf.checked = true;
      drawSelection();
      describe();
    },
  };
}
