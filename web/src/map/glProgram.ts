/** Compiling and linking a WebGL2 program, with the shader log in the error. */
export function createProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (shader === null) throw new Error('cannot create a WebGL shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (gl.getShaderParameter(shader, gl.COMPILE_STATUS) !== true) throw new Error(`shader: ${gl.getShaderInfoLog(shader) ?? ''}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (gl.getProgramParameter(program, gl.LINK_STATUS) !== true) throw new Error(`program: ${gl.getProgramInfoLog(program) ?? ''}`);
  return program;
}

/** A buffer of per-vertex floats bound to an attribute of the current VAO. */
export function floatAttribute(gl: WebGL2RenderingContext, program: WebGLProgram, name: string, data: Float32Array, size: number, usage: number): WebGLBuffer {
  const buffer = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, usage);
  const at = gl.getAttribLocation(program, name);
  if (at < 0) throw new Error(`no attribute ${name}`);
  gl.enableVertexAttribArray(at);
  gl.vertexAttribPointer(at, size, gl.FLOAT, false, 0, 0);
  return buffer;
}
