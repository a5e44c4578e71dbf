/** Country borders and coasts drawn as thin WebGL lines in a maplibre custom layer (no worker, no tiles). */
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { createProgram, floatAttribute } from './glProgram.js';

const VERTEX = `#version 300 es
in vec2 a_position;
uniform mat4 u_matrix;
void main() {
  gl_Position = u_matrix * vec4(a_position, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
out vec4 colour;
void main() {
  colour = vec4(0.5, 0.5, 0.5, 1.0);
}`;

export class OutlineLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private parts: { program: WebGLProgram; vao: WebGLVertexArrayObject; matrix: WebGLUniformLocation | null } | undefined;

  constructor(
    readonly id: string,
    private readonly segments: Float32Array,
  ) {}

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    const program = createProgram(gl, VERTEX, FRAGMENT);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    floatAttribute(gl, program, 'a_position', this.segments, 2, 0, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    this.parts = { program, vao, matrix: gl.getUniformLocation(program, 'u_matrix') };
  }

  onRemove(_map: unknown, gl: WebGL2RenderingContext): void {
    if (this.parts === undefined) return;
    gl.deleteVertexArray(this.parts.vao);
    gl.deleteProgram(this.parts.program);
    this.parts = undefined;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.parts === undefined) return;
    gl.useProgram(this.parts.program);
    gl.uniformMatrix4fv(this.parts.matrix, false, new Float32Array(args.defaultProjectionData.mainMatrix));
    gl.bindVertexArray(this.parts.vao);
    gl.drawArrays(gl.LINES, 0, this.segments.length / 2);
    gl.bindVertexArray(null);
  }
}
