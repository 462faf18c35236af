/** What this browser's WebGL can do; asked once, before the 3D view is even loaded. */
export interface WebGLSupport {
  available: boolean;
  /** A software rasteriser (SwiftShader, llvmpipe): the scene then draws without MSAA and anisotropy. */
  software: boolean;
}

export function webglSupport(): WebGLSupport {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(
      info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    );
    // Give the test context back at once; browsers allow only a few at a time.
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}
