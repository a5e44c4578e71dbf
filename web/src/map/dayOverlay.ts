/**
 * The day's network — links as quads as wide as their flow, locations as discs sized by the people
 * present — drawn by WebGL on a transparent canvas of its own laid over the map's canvas. A new
 * day redraws this canvas alone (at most once per animation frame), never the map under it; a
 * camera move redraws it in the same frame as the map (RouteLinesLayer hands the camera on).
 * Buffers are built once; a day rewrites the sizes and index lists only. No instancing: software
 * WebGL (SwiftShader, headless Chromium) pays per primitive, and plain indexed quads were fastest.
 */
import { createProgram, floatAttribute } from './glProgram.js';
import { kindColour, rgb } from './kindColours.js';
import { DayShapes } from './dayShapes.js';
import { LINK_FRAGMENT, LINK_VERTEX, NODE_FRAGMENT, NODE_VERTEX } from './networkShaders.js';
import type { Camera } from './routeLinesLayer.js';
import type { Network } from '../api/types.js';

interface QuadPart {
  readonly program: WebGLProgram;
  readonly vao: WebGLVertexArrayObject;
  /** Per-vertex sizes and the index list, rewritten each day. */
  readonly sizes: WebGLBuffer;
  readonly indices: WebGLBuffer;
  readonly matrix: WebGLUniformLocation | null;
  readonly viewport: WebGLUniformLocation | null;
}

export interface DayOverlay {
  setDay(present: Int32Array, flow: Int32Array): void;
  /** The map's camera, as the map draws: the overlay is drawn at once, in step with it. */
  setCamera(camera: Camera): void;
  remove(): void;
}

/** `onDrawn` is called after every draw that had a day's data and the camera. */
export function createDayOverlay(
  mapCanvas: HTMLCanvasElement,
  net: Network,
  positions: Float32Array,
  segmentOf: Int32Array,
  segmentEnds: Int32Array,
  onDrawn: () => void,
): DayOverlay {
  const canvas = document.createElement('canvas');
  canvas.className = 'day-overlay';
  mapCanvas.after(canvas);
  const gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false, alpha: true, premultipliedAlpha: true });
  if (gl === null) throw new Error('this browser has no WebGL2, which the map needs');
  const shapes = new DayShapes(net, segmentOf, segmentEnds.length / 2, window.devicePixelRatio || 1);
  const links = linkPart(gl, positions, segmentEnds, shapes.linkWidths);
  const discs = discPart(gl, net, positions, shapes.radii);
  let camera: Camera | undefined;
  let shapesChanged = false;
  let hasDay = false;
  let frame = 0;

  const upload = () => {
    const write = (part: QuadPart, sizes: Float32Array, indices: Uint32Array, count: number) => {
      gl.bindVertexArray(part.vao);
      gl.bindBuffer(gl.ARRAY_BUFFER, part.sizes);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, sizes);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, part.indices);
      gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, indices.subarray(0, 6 * count));
    };
    write(links, shapes.linkWidths, shapes.linkQuads, shapes.linkQuadCount);
    write(discs, shapes.radii, shapes.discQuads, shapes.discQuadCount);
    gl.bindVertexArray(null);
    shapesChanged = false;
  };

  const draw = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (camera === undefined) return;
    if (shapesChanged) upload();
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const [part, quads] of [
      [links, shapes.linkQuadCount],
      [discs, shapes.discQuadCount],
    ] as const) {
      gl.useProgram(part.program);
      gl.uniformMatrix4fv(part.matrix, false, camera.matrix);
      gl.uniform2f(part.viewport, canvas.width, canvas.height);
      gl.bindVertexArray(part.vao);
      gl.drawElements(gl.TRIANGLES, 6 * quads, gl.UNSIGNED_INT, 0);
    }
    gl.bindVertexArray(null);
    if (hasDay) onDrawn();
  };

  return {
    setDay: (present, flow) => {
      shapes.setDay(present, flow);
      shapesChanged = true;
      hasDay = true;
      if (frame === 0) frame = requestAnimationFrame(draw);
    },
    setCamera: (c) => {
      camera = c;
      if (canvas.width !== c.width || canvas.height !== c.height) {
        canvas.width = c.width;
        canvas.height = c.height;
        canvas.style.width = mapCanvas.style.width;
        canvas.style.height = mapCanvas.style.height;
      }
      draw();
    },
    remove: () => {
      cancelAnimationFrame(frame);
      for (const part of [links, discs]) {
        gl.deleteVertexArray(part.vao);
        gl.deleteProgram(part.program);
      }
      canvas.remove();
    },
  };
}

function linkPart(gl: WebGL2RenderingContext, positions: Float32Array, segmentEnds: Int32Array, widths: Float32Array): QuadPart {
  const program = createProgram(gl, LINK_VERTEX, LINK_FRAGMENT);
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  const segments = segmentEnds.length / 2;
  const from = new Float32Array(8 * segments);
  const to = new Float32Array(8 * segments);
  const corner = new Float32Array(8 * segments);
  for (let s = 0; s < segments; s++) {
    const a = 2 * segmentEnds[2 * s];
    const b = 2 * segmentEnds[2 * s + 1];
    for (let c = 0; c < 4; c++) {
      const v = 8 * s + 2 * c;
      from[v] = positions[a];
      from[v + 1] = positions[a + 1];
      to[v] = positions[b];
      to[v + 1] = positions[b + 1];
      corner[v] = c >> 1; // along the link: 0 at its start, 1 at its end
      corner[v + 1] = c & 1 ? 1 : -1; // across it
    }
  }
  floatAttribute(gl, program, 'a_corner', corner, 2, gl.STATIC_DRAW);
  floatAttribute(gl, program, 'a_from', from, 2, gl.STATIC_DRAW);
  floatAttribute(gl, program, 'a_to', to, 2, gl.STATIC_DRAW);
  const sizes = floatAttribute(gl, program, 'a_width', widths, 1, gl.DYNAMIC_DRAW);
  return quadPart(gl, program, vao, sizes, 6 * segments);
}

function discPart(gl: WebGL2RenderingContext, net: Network, positions: Float32Array, radii: Float32Array): QuadPart {
  const program = createProgram(gl, NODE_VERTEX, NODE_FRAGMENT);
  const vao = gl.createVertexArray();
  gl.bindVertexArray(vao);
  const n = net.names.length;
  const position = new Float32Array(8 * n);
  const colour = new Float32Array(12 * n);
  const corner = new Float32Array(8 * n);
  const colours = new Map<string, [number, number, number]>();
  for (let l = 0; l < n; l++) {
    let c = colours.get(net.kinds[l]);
    if (c === undefined) colours.set(net.kinds[l], (c = rgb(kindColour(net.kinds[l]))));
    for (let k = 0; k < 4; k++) {
      const v = 8 * l + 2 * k;
      position[v] = positions[2 * l];
      position[v + 1] = positions[2 * l + 1];
      corner[v] = k & 2 ? 1 : -1;
      corner[v + 1] = k & 1 ? 1 : -1;
      colour.set(c, 12 * l + 3 * k);
    }
  }
  floatAttribute(gl, program, 'a_corner', corner, 2, gl.STATIC_DRAW);
  floatAttribute(gl, program, 'a_position', position, 2, gl.STATIC_DRAW);
  floatAttribute(gl, program, 'a_colour', colour, 3, gl.STATIC_DRAW);
  const sizes = floatAttribute(gl, program, 'a_radius', radii, 1, gl.DYNAMIC_DRAW);
  return quadPart(gl, program, vao, sizes, 6 * n);
}

/** The part's index list (bound to its VAO, filled each day) and uniform locations. */
function quadPart(gl: WebGL2RenderingContext, program: WebGLProgram, vao: WebGLVertexArrayObject, sizes: WebGLBuffer, indexCount: number): QuadPart {
  const indices = gl.createBuffer();
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, Math.max(4, 4 * indexCount), gl.DYNAMIC_DRAW);
  gl.bindVertexArray(null);
  return { program, vao, sizes, indices, matrix: gl.getUniformLocation(program, 'u_matrix'), viewport: gl.getUniformLocation(program, 'u_viewport') };
}
