/**
 * SVG to PNG for figures in papers, with @resvg/resvg-js (a Rust renderer shipped as a prebuilt
 * native module inside the npm package: nothing is downloaded at run time). Text uses the
 * system's fonts (DejaVu Sans on Debian).
 */
import { Resvg } from '@resvg/resvg-js';

/** PNG bytes of `svg`, rendered at `scale` times its size (2 = 2× for print). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
