/**
 * The network drawn by WebGL in a maplibre custom layer: one instanced draw for every link and one
 * for every location. A new day only rewrites two small float buffers (link widths, location
 * radii) with bufferSubData, so playing through the days costs little even on 20,000 locations.
 */
import { MercatorCoordinate } from 'maplibre-gl';
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { createProgram, floatAttribute } from './glProgram.js';
import { kindColour, rgb } from './kindColours.js';
import { LINK_FRAGMENT, LINK_VERTEX, NODE_FRAGMENT, NODE_VERTEX } from './networkShaders.js';
import type { Network } from '../api/types.js';

/** Sizes in CSS pixels. */
const IDLE_LINK_WIDTH = 1;
const MAX_LINK_WIDTH = 10;
const EMPTY_RADIUS = 1.5;
const MIN_RADIUS = 3;
const MAX_RADIUS = 18;

interface GlParts {
  readonly links: { program: WebGLProgram; vao: WebGLVertexArrayObject; width: WebGLBuffer; matrix: WebGLUniformLocation | null; viewport: WebGLUniformLocation | null };
  readonly nodes: { program: WebGLProgram; vao: WebGLVertexArrayObject; radius: WebGLBuffer; matrix: WebGLUniformLocation | null; viewport: WebGLUniformLocation | null };
}

export class NetworkLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  /** Mercator x, y per location. */
  readonly positions: Float32Array;
  private readonly linkWidths: Float32Array;
  private readonly radii: Float32Array;
  private gl: GlParts | undefined;
  private dirty = true;
  private readonly pixelRatio = window.devicePixelRatio || 1;

  constructor(
    id: string,
    private readonly net: Network,
  ) {
    this.id = id;
    const n = net.names.length;
    this.positions = new Float32Array(2 * n);
    for (let l = 0; l < n; l++) {
      const m = MercatorCoordinate.fromLngLat([net.longitudes[l], net.latitudes[l]]);
      this.positions[2 * l] = m.x;
      this.positions[2 * l + 1] = m.y;
    }
    this.linkWidths = new Float32Array(net.linkEnds.length / 2).fill(IDLE_LINK_WIDTH * this.pixelRatio);
    this.radii = new Float32Array(n).fill(EMPTY_RADIUS * this.pixelRatio);
  }

  /** Sizes for one day: radius from people present, width from link flow (square-root scales over the run). */
  setDay(present: Int32Array, flow: Int32Array): void {
    const px = this.pixelRatio;
    const presentScale = (MAX_RADIUS - MIN_RADIUS) / Math.sqrt(Math.max(1, this.net.maxPresent));
    for (let l = 0; l < this.radii.length; l++) {
      const p = present[l];
      this.radii[l] = (p > 0 ? MIN_RADIUS + Math.sqrt(p) * presentScale : EMPTY_RADIUS) * px;
    }
    const flowScale = (MAX_LINK_WIDTH - 2) / Math.sqrt(Math.max(1, this.net.maxFlow));
    for (let k = 0; k < this.linkWidths.length; k++) {
      const f = flow[k];
      this.linkWidths[k] = (f > 0 ? 2 + Math.sqrt(f) * flowScale : IDLE_LINK_WIDTH) * px;
    }
    this.dirty = true;
  }

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    this.gl = { links: this.linkParts(gl), nodes: this.nodeParts(gl) };
    gl.bindVertexArray(null);
  }

  onRemove(_map: unknown, gl: WebGL2RenderingContext): void {
    if (this.gl === undefined) return;
    gl.deleteVertexArray(this.gl.links.vao);
    gl.deleteVertexArray(this.gl.nodes.vao);
    gl.deleteProgram(this.gl.links.program);
    gl.deleteProgram(this.gl.nodes.program);
    this.gl = undefined;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const parts = this.gl;
    if (parts === undefined) return;
    if (this.dirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, parts.links.width);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.linkWidths);
      gl.bindBuffer(gl.ARRAY_BUFFER, parts.nodes.radius);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.radii);
      this.dirty = false;
    }
    const matrix = new Float32Array(args.defaultProjectionData.mainMatrix);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    for (const part of [parts.links, parts.nodes]) {
      gl.useProgram(part.program);
      gl.uniformMatrix4fv(part.matrix, false, matrix);
      gl.uniform2f(part.viewport, gl.drawingBufferWidth, gl.drawingBufferHeight);
      gl.bindVertexArray(part.vao);
      const count = part === parts.links ? this.linkWidths.length : this.radii.length;
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    }
    gl.bindVertexArray(null);
  }

  private linkParts(gl: WebGL2RenderingContext): GlParts['links'] {
    const program = createProgram(gl, LINK_VERTEX, LINK_FRAGMENT);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const links = this.linkWidths.length;
    const from = new Float32Array(2 * links);
    const to = new Float32Array(2 * links);
    for (let k = 0; k < links; k++) {
      const a = this.net.linkEnds[2 * k];
      const b = this.net.linkEnds[2 * k + 1];
      from.set(this.positions.subarray(2 * a, 2 * a + 2), 2 * k);
      to.set(this.positions.subarray(2 * b, 2 * b + 2), 2 * k);
    }
    floatAttribute(gl, program, 'a_corner', new Float32Array([0, -1, 0, 1, 1, -1, 1, 1]), 2, 0, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_from', from, 2, 1, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_to', to, 2, 1, gl.STATIC_DRAW);
    const width = floatAttribute(gl, program, 'a_width', this.linkWidths, 1, 1, gl.DYNAMIC_DRAW);
    return { program, vao, width, matrix: gl.getUniformLocation(program, 'u_matrix'), viewport: gl.getUniformLocation(program, 'u_viewport') };
  }

  private nodeParts(gl: WebGL2RenderingContext): GlParts['nodes'] {
    const program = createProgram(gl, NODE_VERTEX, NODE_FRAGMENT);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const colours = new Float32Array(3 * this.radii.length);
    this.net.kinds.forEach((kind, l) => colours.set(rgb(kindColour(kind)), 3 * l));
    floatAttribute(gl, program, 'a_corner', new Float32Array([-1, -1, -1, 1, 1, -1, 1, 1]), 2, 0, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_position', this.positions, 2, 1, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_colour', colours, 3, 1, gl.STATIC_DRAW);
    const radius = floatAttribute(gl, program, 'a_radius', this.radii, 1, 1, gl.DYNAMIC_DRAW);
    return { program, vao, radius, matrix: gl.getUniformLocation(program, 'u_matrix'), viewport: gl.getUniformLocation(program, 'u_viewport') };
  }
}
