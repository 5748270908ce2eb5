/** The parts of the Khronos validator's API the model tests use (the package ships no types). */
declare module 'gltf-validator' {
  interface ValidationMessage {
    code: string
    message: string
    severity: number
    pointer?: string
  }
  interface ValidationReport {
    issues: { numErrors: number; numWarnings: number; numInfos: number; messages: ValidationMessage[] }
  }
  export function validateBytes(
    data: Uint8Array,
    options?: Record<string, unknown>,
  ): Promise<ValidationReport>
  const validator: { validateBytes: typeof validateBytes }
  export default validator
}
