import { describe, expect, it } from 'vitest';
import { linearScale, niceStep } from '../../src/reports/scale.js';
import { htmlTable } from '../../src/reports/htmlReport.js';
import { seriesChartSvg } from '../../src/reports/svgChart.js';
import { svgToPng } from '../../src/reports/png.js';

describe('report charts', () => {
  it('nice axis steps and a scale that covers the data', () => {
    expect([niceStep(10, 5), niceStep(7, 5), niceStep(300, 5), niceStep(0.09, 5)]).toEqual([2, 2, 100, 0.02]);
    const s = linearScale(3, 97, 0, 100, 5);
    expect(s.domain).toEqual([0, 100]);
    expect(s.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(s(50)).toBe(50);
  });

  it('escapes names from data files in SVG and HTML', () => {
    const svg = seriesChartSvg({ title: 'camp: <script>alert(1)</script> & "x"', yLabel: 'persons', lines: [{ x: [0, 1], y: [1, 2], label: 'a<b', color: '#000' }] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(htmlTable(['name'], [['<b>']])).toContain('&lt;b&gt;');
  });

  it('renders a chart to a PNG of twice its size', () => {
    const png = svgToPng(seriesChartSvg({ title: 't', yLabel: 'y', width: 300, height: 200, points: [{ x: [0, 5], y: [0, 1], label: 'o', color: '#d0562b' }] }));
    const view = Buffer.from(png);
    expect(view.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([view.readUInt32BE(16), view.readUInt32BE(20)]).toEqual([600, 400]); // IHDR width, height
  });
});
