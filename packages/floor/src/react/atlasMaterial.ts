// An unlit material for instanced quads that each show one cell of an atlas: the
// cell's UV rectangle is a per-instance attribute (aUvRect), and aLayer picks one of
// two textures (the server's logo atlas or our own initials atlas), so logos and
// initials stay one draw. The cell is composited over white, so no blending is needed.
import { MeshBasicMaterial, type Texture } from "three";

export interface AtlasUniforms {
  uLayer0: { value: Texture | null };
  uLayer1: { value: Texture | null };
}

const VERTEX_HEAD = /* glsl */ `
attribute vec4 aUvRect;
attribute float aLayer;
varying vec2 vCellUv;
varying float vLayer;
#include <common>`;

const VERTEX_UV = /* glsl */ `
#include <uv_vertex>
vCellUv = aUvRect.xy + uv * aUvRect.zw;
vLayer = aLayer;`;

const FRAGMENT_HEAD = /* glsl */ `
uniform sampler2D uLayer0;
uniform sampler2D uLayer1;
varying vec2 vCellUv;
varying float vLayer;
#include <common>`;

const FRAGMENT_MAP = /* glsl */ `
vec4 texel = vLayer < 0.5 ? texture2D(uLayer0, vCellUv) : texture2D(uLayer1, vCellUv);
diffuseColor.rgb *= mix(vec3(1.0), texel.rgb, texel.a);`;

/** The material and the uniforms to swap its textures later (a late atlas, a redrawn canvas). */
export function createAtlasMaterial(): { material: MeshBasicMaterial; uniforms: AtlasUniforms } {
  const uniforms: AtlasUniforms = { uLayer0: { value: null }, uLayer1: { value: null } };
  const material = new MeshBasicMaterial({ toneMapped: false });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uLayer0 = uniforms.uLayer0;
    shader.uniforms.uLayer1 = uniforms.uLayer1;
    shader.vertexShader = shader.vertexShader
      .replace("#include <common>", VERTEX_HEAD)
      .replace("#include <uv_vertex>", VERTEX_UV);
    shader.fragmentShader = shader.fragmentShader
      .replace("#include <common>", FRAGMENT_HEAD)
      .replace("#include <map_fragment>", FRAGMENT_MAP);
  };
  material.customProgramCacheKey = () => "pavilion-atlas-quad";
  return { material, uniforms };
}
