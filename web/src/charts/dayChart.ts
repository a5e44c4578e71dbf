/**
 * A chart of daily series (uPlot): lines, an optional band between two series (replica low and
 * high), optional observed points, and a marker on the day shown that moves without redrawing
 * the series (an element over the plot, not a canvas redraw).
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  /** Points only (observations). */
  readonly points?: boolean;
  readonly dash?: boolean;
}

export interface ChartSpec {
  readonly title: string;
  readonly lines: readonly ChartLine[];
  /** Indices into `lines` of the band's lower and upper edges (drawn faint, filled between). */
  readonly band?: readonly [number, number];
}

export interface DayChart {
  setDay(day: number): void;
  resize(width: number): void;
  destroy(): void;
}

export function createDayChart(container: HTMLElement, spec: ChartSpec, day: number, width: number, height = 200): DayChart {
  let shown = day;
  const days = spec.lines[0]?.values.length ?? 0;
  const x = Array.from({ length: days }, (_, i) => i);
  const band = spec.band;
  const series: uPlot.Series[] = [
    { label: 'day' },
    ...spec.lines.map((l, i): uPlot.Series => {
      const isEdge = band !== undefined && (i === band[0] || i === band[1]);
      return {
        label: l.label,
        stroke: l.colour,
        width: isEdge ? 0.5 : 1.5,
        dash: l.dash === true ? [6, 4] : undefined,
        points: l.points === true ? { show: true, size: 4, stroke: l.colour, fill: l.colour } : { show: false },
        paths: l.points === true ? () => null : undefined,
        spanGaps: false,
      };
    }),
  ];
  const plot = new uPlot(
    {
      title: spec.title,
      width,
      height,
      series,
      bands: band === undefined ? [] : [{ series: [band[1] + 1, band[0] + 1], fill: 'rgba(31,119,180,0.18)' }],
      scales: { x: { time: false } },
      axes: [{ label: 'day' }, { size: 60 }],
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
    },
    [x, ...spec.lines.map((l) => l.values as (number | null)[])],
    container,
  );
  // The day marker is an element over the plot, moved without redrawing the canvas.
  const marker = document.createElement('div');
  marker.className = 'day-marker';
  plot.over.appendChild(marker);
  const place = () => {
    marker.style.transform = `translateX(${plot.valToPos(shown, 'x')}px)`;
  };
  place();
  return {
    setDay: (d) => {
      if (d === shown) return;
      shown = d;
      place();
    },
    resize: (w) => {
      plot.setSize({ width: w, height });
      place();
    },
    destroy: () => plot.destroy(),
  };
}
