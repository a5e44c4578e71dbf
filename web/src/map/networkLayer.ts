/**
 * The network drawn by WebGL in a maplibre custom layer, over the country outlines. Country
 * borders and every link (thin grey lines) only change with the camera, so they are drawn into a
 * texture once per camera position (cachedDrawing.ts);
 * each day, the links people set out along are drawn again as quads as wide as their flow, and
 * the locations with people present as discs sized by the count. A new day rewrites the
 * sizes and the two lists of what to draw (index buffers) — nothing is rebuilt — so playing
 * costs little even on 20,000 locations. Only what carries people is drawn wide, links joining the
 * same two locations (a route stored once per direction) are drawn once with their flows added,
 * and no instancing is used: software WebGL (SwiftShader, headless Chromium) pays per primitive.
 */
import { MercatorCoordinate } from 'maplibre-gl';
import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { createProgram, floatAttribute } from './glProgram.js';
import { kindColour, rgb } from './kindColours.js';
import { createCachedDrawing } from './cachedDrawing.js';
import type { CachedDrawing } from './cachedDrawing.js';
import { createLineSegments } from './lineSegments.js';
import type { LineSegments } from './lineSegments.js';
import { LINK_FRAGMENT, LINK_VERTEX, NODE_FRAGMENT, NODE_VERTEX } from './networkShaders.js';
import type { Network } from '../api/types.js';

interface GlPart {
  readonly program: WebGLProgram;
  readonly vao: WebGLVertexArrayObject;
  /** Per-vertex sizes and the index list, rewritten each day. */
  readonly sizes: WebGLBuffer;
  readonly indices: WebGLBuffer;
  readonly matrix: WebGLUniformLocation | null;
  readonly viewport: WebGLUniformLocation | null;
}

interface GlParts {
  readonly outlines: LineSegments;
  readonly edges: LineSegments;
  readonly edgeCache: CachedDrawing;
  readonly links: GlPart;
  readonly nodes: GlPart;
}

/** Largest disc radius and link width in CSS pixels; smaller on big networks, where they would cover each other. */
function largest(locations: number): { radius: number; width: number } {
  if (locations > 2000) return { radius: 7, width: 4 };
  if (locations > 200) return { radius: 12, width: 7 };
  return { radius: 18, width: 10 };
}

export class NetworkLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  /** Mercator x, y per location. */
  readonly positions: Float32Array;
  private readonly linkWidths: Float32Array;
  private readonly radii: Float32Array;
  /** The segment each link is drawn as, and each segment's two ends (location indices). */
  private readonly segmentOf: Int32Array;
  private readonly segmentEnds: Int32Array;
  private readonly segmentFlow: Float64Array;
  private readonly activeLinks: Uint32Array;
  private readonly activeNodes: Uint32Array;
  private activeLinkCount = 0;
  private activeNodeCount = 0;
  private gl: GlParts | undefined;
  private dirty = true;
  private readonly pixelRatio = window.devicePixelRatio || 1;
  private readonly sizes: { radius: number; width: number };

  /** `outlines`: country borders and coasts (segments in Web Mercator), drawn under the network. */
  constructor(
    id: string,
    private readonly net: Network,
    private readonly outlines: Float32Array,
  ) {
    this.id = id;
    const n = net.names.length;
    this.positions = new Float32Array(2 * n);
    for (let l = 0; l < n; l++) {
      const m = MercatorCoordinate.fromLngLat([net.longitudes[l], net.latitudes[l]]);
      this.positions[2 * l] = m.x;
      this.positions[2 * l + 1] = m.y;
    }
    const { segmentOf, segmentEnds } = segmentsOf(net.linkEnds, n);
    this.segmentOf = segmentOf;
    this.segmentEnds = segmentEnds;
    const segments = segmentEnds.length / 2;
    this.segmentFlow = new Float64Array(segments);
    this.linkWidths = new Float32Array(4 * segments);
    this.radii = new Float32Array(4 * n);
    this.activeLinks = new Uint32Array(6 * segments);
    this.activeNodes = new Uint32Array(6 * n);
    this.sizes = largest(n);
  }

  /** One day: radius from people present, width from link flow (square-root scales over the run). */
  setDay(present: Int32Array, flow: Int32Array): void {
    const px = this.pixelRatio;
    const { radius, width } = this.sizes;
    const presentScale = (radius - 2) / Math.sqrt(Math.max(1, this.net.maxPresent));
    let nodes = 0;
    for (let l = 0; l < present.length; l++) {
      const p = present[l];
      if (p <= 0) continue;
      this.radii.fill((2 + Math.sqrt(p) * presentScale) * px, 4 * l, 4 * l + 4);
      const v = 4 * l;
      this.activeNodes.set([v, v + 1, v + 2, v + 2, v + 1, v + 3], 6 * nodes++);
    }
    const flowScale = (width - 1.5) / Math.sqrt(Math.max(1, this.net.maxFlow));
    const segmentFlow = this.segmentFlow;
    segmentFlow.fill(0);
    for (let k = 0; k < flow.length; k++) segmentFlow[this.segmentOf[k]] += flow[k];
    let links = 0;
    for (let k = 0; k < segmentFlow.length; k++) {
      const f = segmentFlow[k];
      if (f <= 0) continue;
      this.linkWidths.fill((1.5 + Math.sqrt(f) * flowScale) * px, 4 * k, 4 * k + 4);
      const v = 4 * k;
      this.activeLinks.set([v, v + 1, v + 2, v + 2, v + 1, v + 3], 6 * links++);
    }
    this.activeNodeCount = nodes;
    this.activeLinkCount = links;
    this.dirty = true;
  }

  onAdd(_map: unknown, gl: WebGL2RenderingContext): void {
    this.gl = {
      outlines: createLineSegments(gl, this.outlines, [0.5, 0.5, 0.5, 1]),
      edges: createLineSegments(gl, this.edgeSegments(), [0.45, 0.45, 0.5, 0.35]),
      edgeCache: createCachedDrawing(gl),
      links: this.linkPart(gl),
      nodes: this.nodePart(gl),
    };
    gl.bindVertexArray(null);
  }

  onRemove(_map: unknown, gl: WebGL2RenderingContext): void {
    if (this.gl === undefined) return;
    this.gl.outlines.remove();
    this.gl.edges.remove();
    this.gl.edgeCache.remove();
    for (const part of [this.gl.links, this.gl.nodes]) {
      gl.deleteVertexArray(part.vao);
      gl.deleteProgram(part.program);
    }
    this.gl = undefined;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const parts = this.gl;
    if (parts === undefined) return;
    if (this.dirty) this.upload(gl, parts);
    const matrix = new Float32Array(args.defaultProjectionData.mainMatrix);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    parts.edgeCache.render(matrix.join(','), () => {
      parts.outlines.draw(matrix);
      parts.edges.draw(matrix);
    });
    for (const part of [parts.links, parts.nodes]) {
      gl.useProgram(part.program);
      gl.uniformMatrix4fv(part.matrix, false, matrix);
      gl.uniform2f(part.viewport, gl.drawingBufferWidth, gl.drawingBufferHeight);
      gl.bindVertexArray(part.vao);
      if (part === parts.links) gl.drawElements(gl.TRIANGLES, 6 * this.activeLinkCount, gl.UNSIGNED_INT, 0);
      else gl.drawElements(gl.TRIANGLES, 6 * this.activeNodeCount, gl.UNSIGNED_INT, 0);
    }
    gl.bindVertexArray(null);
  }

  private upload(gl: WebGL2RenderingContext, parts: GlParts): void {
    const write = (part: GlPart, sizes: Float32Array, indices: Uint32Array, count: number) => {
      gl.bindVertexArray(part.vao);
      gl.bindBuffer(gl.ARRAY_BUFFER, part.sizes);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, sizes);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, part.indices);
      gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, indices.subarray(0, count));
    };
    write(parts.links, this.linkWidths, this.activeLinks, 6 * this.activeLinkCount);
    write(parts.nodes, this.radii, this.activeNodes, 6 * this.activeNodeCount);
    gl.bindVertexArray(null);
    this.dirty = false;
  }

  /** Every segment between its two ends, in Web Mercator. */
  private edgeSegments(): Float32Array {
    const ends = this.segmentEnds;
    const out = new Float32Array(2 * ends.length);
    for (let i = 0; i < ends.length; i++) {
      out[2 * i] = this.positions[2 * ends[i]];
      out[2 * i + 1] = this.positions[2 * ends[i] + 1];
    }
    return out;
  }

  private linkPart(gl: WebGL2RenderingContext): GlPart {
    const program = createProgram(gl, LINK_VERTEX, LINK_FRAGMENT);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const links = this.segmentEnds.length / 2;
    const from = new Float32Array(8 * links);
    const to = new Float32Array(8 * links);
    const corner = new Float32Array(8 * links);
    for (let k = 0; k < links; k++) {
      const a = 2 * this.segmentEnds[2 * k];
      const b = 2 * this.segmentEnds[2 * k + 1];
      for (let c = 0; c < 4; c++) {
        from.set([this.positions[a], this.positions[a + 1]], 8 * k + 2 * c);
        to.set([this.positions[b], this.positions[b + 1]], 8 * k + 2 * c);
      }
      corner.set([0, -1, 0, 1, 1, -1, 1, 1], 8 * k);
    }
    floatAttribute(gl, program, 'a_corner', corner, 2, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_from', from, 2, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_to', to, 2, gl.STATIC_DRAW);
    const sizes = floatAttribute(gl, program, 'a_width', this.linkWidths, 1, gl.DYNAMIC_DRAW);
    const indices = indexBuffer(gl, this.activeLinks.length);
    return { program, vao, sizes, indices, matrix: gl.getUniformLocation(program, 'u_matrix'), viewport: gl.getUniformLocation(program, 'u_viewport') };
  }

  private nodePart(gl: WebGL2RenderingContext): GlPart {
    const program = createProgram(gl, NODE_VERTEX, NODE_FRAGMENT);
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const n = this.net.names.length;
    const position = new Float32Array(8 * n);
    const colour = new Float32Array(12 * n);
    const corner = new Float32Array(8 * n);
    for (let l = 0; l < n; l++) {
      const c = rgb(kindColour(this.net.kinds[l]));
      for (let k = 0; k < 4; k++) {
        position.set([this.positions[2 * l], this.positions[2 * l + 1]], 8 * l + 2 * k);
        colour.set(c, 12 * l + 3 * k);
      }
      corner.set([-1, -1, -1, 1, 1, -1, 1, 1], 8 * l);
    }
    floatAttribute(gl, program, 'a_corner', corner, 2, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_position', position, 2, gl.STATIC_DRAW);
    floatAttribute(gl, program, 'a_colour', colour, 3, gl.STATIC_DRAW);
    const sizes = floatAttribute(gl, program, 'a_radius', this.radii, 1, gl.DYNAMIC_DRAW);
    const indices = indexBuffer(gl, this.activeNodes.length);
    return { program, vao, sizes, indices, matrix: gl.getUniformLocation(program, 'u_matrix'), viewport: gl.getUniformLocation(program, 'u_viewport') };
  }
}

/** One segment per unordered pair of locations that links join. */
function segmentsOf(linkEnds: Int32Array, locations: number): { segmentOf: Int32Array; segmentEnds: Int32Array } {
  const links = linkEnds.length / 2;
  const segmentOf = new Int32Array(links);
  const ends: number[] = [];
  const seen = new Map<number, number>();
  for (let k = 0; k < links; k++) {
    const a = Math.min(linkEnds[2 * k], linkEnds[2 * k + 1]);
    const b = Math.max(linkEnds[2 * k], linkEnds[2 * k + 1]);
    const key = a * locations + b;
    let s = seen.get(key);
    if (s === undefined) {
      s = ends.length / 2;
      seen.set(key, s);
      ends.push(a, b);
    }
    segmentOf[k] = s;
  }
  return { segmentOf, segmentEnds: Int32Array.from(ends) };
}

/** An index buffer of `length` entries bound to the current VAO, filled each day. */
function indexBuffer(gl: WebGL2RenderingContext, length: number): WebGLBuffer {
  const buffer = gl.createBuffer();
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, Math.max(4, 4 * length), gl.DYNAMIC_DRAW);
  return buffer;
}
