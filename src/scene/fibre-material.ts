/**
 * Fibres without textures: the glTF `_FIBRE` attribute (three names it `_fibre`) drives a fine striation
 * across the fibres and a sheen along them, patched into the standard material. Every muscle material gets
 * the same patch and cache key, so they all share one shader program whatever their colour.
 */
import type { MeshStandardMaterial, WebGLProgramParametersWithUniforms } from 'three'

/** Striation wavelength, metres (a fascicle-sized groove: reads as texture, not as stripes). */
const STRIATION = 0.0016

function patch(shader: WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = shader.vertexShader
    .replace(
      '#include <common>',
      `#include <common>
attribute vec3 _fibre;
varying vec3 vFibre;
varying float vStripe;
varying float vFibreOn;`,
    )
    .replace(
      '#include <skinnormal_vertex>',
      `#include <skinnormal_vertex>
vec3 fibreDir = _fibre;
// Meshes without the attribute read (0, 0, 0): no striation there.
vFibreOn = step(0.25, dot(fibreDir, fibreDir));
// Across the fibre, in the bind pose, so the grooves stay on the muscle as it moves.
vStripe = dot(position, normalize(cross(fibreDir, normal) + vec3(1e-5))) * ${((2 * Math.PI) / STRIATION).toFixed(1)};
#ifdef USE_SKINNING
  fibreDir = (skinMatrix * vec4(fibreDir, 0.0)).xyz;
#endif
vFibre = normalMatrix * fibreDir;`,
    )
  shader.fragmentShader = shader.fragmentShader
    .replace(
      '#include <common>',
      `#include <common>
varying vec3 vFibre;
varying float vStripe;
varying float vFibreOn;`,
    )
    .replace(
      '#include <color_fragment>',
      `#include <color_fragment>
// Fades out where a groove is narrower than a pixel or two, which would only shimmer as moiré.
float fibreAA = clamp(1.5 - fwidth(vStripe) / 2.0, 0.0, 1.0);
diffuseColor.rgb *= 1.0 - vFibreOn * fibreAA * 0.1 * (0.5 + 0.5 * sin(vStripe));`,
    )
    .replace(
      '#include <emissivemap_fragment>',
      `#include <emissivemap_fragment>
{
  // Anisotropic sheen: brightest where the fibres run across the line of sight (Kajiya-Kay, headlight).
  vec3 T = normalize(vFibre + vec3(1e-5));
  float tv = dot(T, normalize(vViewPosition));
  totalEmissiveRadiance += vFibreOn * diffuseColor.rgb * 0.1 * pow(max(1.0 - tv * tv, 0.0), 12.0);
}`,
    )
}

/** Adds fibre shading to a muscle material (idempotent). */
export function withFibres<T extends MeshStandardMaterial>(material: T): T {
  material.onBeforeCompile = patch
  material.customProgramCacheKey = () => 'rae-fibre'
  return material
}
