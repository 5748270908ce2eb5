interface ImportMetaEnv {
  /** The body's content-hashed file name in a build (src/scene/vite-plugin.ts); unset in dev and unit tests. */
  readonly RAE_MODEL_FILE?: string
}
