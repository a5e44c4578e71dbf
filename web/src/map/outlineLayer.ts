/** Country borders and coasts drawn as thin WebGL lines in a maplibre custom layer (no worker, no tiles). */
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { createLineSegments } from './lineSegments.js';
import type { LineSegments } from './lineSegments.js';

export class OutlineLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private lines: LineSegments | undefined;

  constructor(
    readonly id: string,
    private readonly segments: Float32Array,
  ) {}

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    this.lines = createLineSegments(gl, this.segments, [0.5, 0.5, 0.5, 1]);
  }

  onRemove(): void {
    this.lines?.remove();
    this.lines = undefined;
  }

  render(_gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    this.lines?.draw(new Float32Array(args.defaultProjectionData.mainMatrix));
  }
}
