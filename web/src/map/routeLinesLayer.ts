/**
 * What changes only with the camera, drawn by maplibre (a WebGL custom layer): country borders and
 * coasts, and every link as a thin grey line. Each time maplibre draws, the layer hands the camera
 * (matrix and drawing-buffer size) on, so the day's network (dayOverlay.ts) is drawn in step.
 * A new day does not redraw this layer: maplibre's own frame costs as much as the day's network
 * in software WebGL (SwiftShader).
 */
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { createLineSegments } from './lineSegments.js';
import type { LineSegments } from './lineSegments.js';

export interface Camera {
  readonly matrix: Float32Array;
  readonly width: number;
  readonly height: number;
}

export class RouteLinesLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private lines: LineSegments | undefined;

  /** `outlines` and `routes`: line segments (x0, y0, x1, y1, ... in Web Mercator). */
  constructor(
    readonly id: string,
    private readonly outlines: Float32Array,
    private readonly routes: Float32Array,
    private readonly onCamera: (camera: Camera) => void,
  ) {}

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    this.lines = createLineSegments(gl, [
      { segments: this.outlines, colour: [0.5, 0.5, 0.5, 1] },
      { segments: this.routes, colour: [0.45, 0.45, 0.5, 0.35] },
    ]);
  }

  onRemove(): void {
    this.lines?.remove();
    this.lines = undefined;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.lines === undefined) return;
    const matrix = new Float32Array(args.defaultProjectionData.mainMatrix);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    this.lines.draw(matrix);
    this.onCamera({ matrix, width: gl.drawingBufferWidth, height: gl.drawingBufferHeight });
  }
}
