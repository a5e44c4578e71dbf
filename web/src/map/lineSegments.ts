/**
 * Static line segments (x0, y0, x1, y1, ... in Web Mercator) drawn 1 pixel wide, in sets of one
 * colour each: one program and one buffer for all sets (each program costs a compile in software
 * WebGL), one draw call per set.
 */
import { createProgram, floatAttribute } from './glProgram.js';

const VERTEX = `#version 300 es
in vec2 a_position;
uniform mat4 u_matrix;
void main() {
  gl_Position = u_matrix * vec4(a_position, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec4 u_colour;
out vec4 colour;
void main() {
  colour = vec4(u_colour.rgb * u_colour.a, u_colour.a);
}`;

export interface LineSet {
  readonly segments: Float32Array;
  readonly colour: readonly [number, number, number, number];
}

export interface LineSegments {
  draw(matrix: Float32Array): void;
  remove(): void;
}

export function createLineSegments(gl: WebGL2RenderingContext, sets: readonly LineSet[]): LineSegments {
  const program = createProgram(gl, VERTEX, FRAGMENT);
  const all = new Float32Array(sets.reduce((n, s) => n + s.segments.length, 0));
  const firstVertex: number[] = [];
  let at = 0;
  for (const s of sets) {
    all.set(s.segments, at);
    firstVertex.push(at / 2);
    at += s.segments.length;
  }
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  floatAttribute(gl, program, 'a_position', all, 2, gl.STATIC_DRAW);
  gl.bindVertexArray(null);
  const matrixAt = gl.getUniformLocation(program, 'u_matrix');
  const colourAt = gl.getUniformLocation(program, 'u_colour');
  return {
    draw: (matrix) => {
      gl.useProgram(program);
      gl.uniformMatrix4fv(matrixAt, false, matrix);
      gl.bindVertexArray(vao);
      sets.forEach((s, i) => {
        gl.uniform4f(colourAt, ...s.colour);
        gl.drawArrays(gl.LINES, firstVertex[i], s.segments.length / 2);
      });
      gl.bindVertexArray(null);
    },
    remove: () => {
      gl.deleteVertexArray(vao);
      gl.deleteProgram(program);
    },
  };
}
