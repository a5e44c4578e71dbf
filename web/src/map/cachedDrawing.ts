/**
 * Drawing that only changes with the camera (every link as a thin line), kept in a texture of the
 * drawing buffer's size: while the days play and the camera stands still, one full-screen quad
 * copies it instead of drawing tens of thousands of lines again each frame.
 */
import { createProgram, floatAttribute } from './glProgram.js';

const VERTEX = `#version 300 es
in vec2 a_corner;
out vec2 v_uv;
void main() {
  v_uv = a_corner * 0.5 + 0.5;
  gl_Position = vec4(a_corner, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
out vec4 colour;
void main() {
  colour = texture(u_texture, v_uv);
}`;

export interface CachedDrawing {
  /** Draws through the cache: `draw` runs only when `key` (camera and size) changed. */
  render(key: string, draw: () => void): void;
  remove(): void;
}

export function createCachedDrawing(gl: WebGL2RenderingContext): CachedDrawing {
  const program = createProgram(gl, VERTEX, FRAGMENT);
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  floatAttribute(gl, program, 'a_corner', new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), 2, gl.STATIC_DRAW);
  gl.bindVertexArray(null);
  const textureAt = gl.getUniformLocation(program, 'u_texture');
  const framebuffer = gl.createFramebuffer();
  const texture = gl.createTexture();
  let size = '';
  let drawnKey = '';

  const resize = (width: number, height: number) => {
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  };

  return {
    render: (key, draw) => {
      const width = gl.drawingBufferWidth;
      const height = gl.drawingBufferHeight;
      const fullKey = `${width}x${height}|${key}`;
      if (fullKey !== drawnKey) {
        const target = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
        const viewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
        if (`${width}x${height}` !== size) {
          resize(width, height);
          size = `${width}x${height}`;
        }
        gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
        gl.viewport(0, 0, width, height);
        gl.disable(gl.STENCIL_TEST);
        gl.disable(gl.SCISSOR_TEST);
        gl.clearColor(0, 0, 0, 0);
        gl.clear(gl.COLOR_BUFFER_BIT);
        draw();
        gl.bindFramebuffer(gl.FRAMEBUFFER, target);
        gl.viewport(viewport[0], viewport[1], viewport[2], viewport[3]);
        drawnKey = fullKey;
      }
      gl.useProgram(program);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.uniform1i(textureAt, 0);
      gl.bindVertexArray(vao);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
      gl.bindVertexArray(null);
    },
    remove: () => {
      gl.deleteFramebuffer(framebuffer);
      gl.deleteTexture(texture);
      gl.deleteVertexArray(vao);
      gl.deleteProgram(program);
    },
  };
}
