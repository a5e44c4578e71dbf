/**
 * Shaders of the network layer. A link is a quad from one end to the other, `width` pixels wide;
 * a location is a quad drawn as a disc of `radius` pixels. Positions are Web Mercator
 * (0..1) and go through maplibre's matrix; widths and radii are in drawing-buffer pixels.
 */
export const LINK_VERTEX = `#version 300 es
in vec2 a_corner;
in vec2 a_from;
in vec2 a_to;
in float a_width;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
void main() {
  vec4 p0 = u_matrix * vec4(a_from, 0.0, 1.0);
  vec4 p1 = u_matrix * vec4(a_to, 0.0, 1.0);
  vec2 s0 = p0.xy / p0.w * u_viewport;
  vec2 s1 = p1.xy / p1.w * u_viewport;
  vec2 d = s1 - s0;
  vec2 dir = length(d) > 0.0 ? normalize(d) : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  vec4 p = mix(p0, p1, a_corner.x);
  float w = max(a_width, 0.0);
  vec2 offset = normal * a_corner.y * w / u_viewport;
  gl_Position = vec4(p.xy + offset * p.w, p.z, p.w);
}`;

export const LINK_FRAGMENT = `#version 300 es
precision mediump float;
out vec4 colour;
void main() {
  vec4 c = vec4(0.85, 0.33, 0.1, 0.85);
  colour = vec4(c.rgb * c.a, c.a);
}`;

export const NODE_VERTEX = `#version 300 es
in vec2 a_corner;
in vec2 a_position;
in vec3 a_colour;
in float a_radius;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
out vec2 v_offset;
out vec3 v_colour;
out float v_radius;
void main() {
  vec4 p = u_matrix * vec4(a_position, 0.0, 1.0);
  float r = a_radius + 1.0;
  gl_Position = vec4(p.xy + a_corner * r / u_viewport * 2.0 * p.w, p.z, p.w);
  v_offset = a_corner * r;
  v_colour = a_colour;
  v_radius = a_radius;
}`;

export const NODE_FRAGMENT = `#version 300 es
precision mediump float;
in vec2 v_offset;
in vec3 v_colour;
in float v_radius;
out vec4 colour;
void main() {
  float d = length(v_offset);
  float alpha = clamp(v_radius + 0.5 - d, 0.0, 1.0);
  if (alpha <= 0.0) discard;
  float rim = clamp(d - (v_radius - 1.2), 0.0, 1.0);
  vec3 c = mix(v_colour, v_colour * 0.55, rim);
  float a = alpha * 0.9;
  colour = vec4(c * a, a);
}`;
