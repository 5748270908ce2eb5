// Lazy chunks (the group panel, the content) load through real dynamic imports; on a busy 2-core machine that
// can take longer than testing-library's 1 s default, which made findBy* queries flaky. A wait is not a bar.
// Only the DOM tests use testing-library: importing it (and React DOM with it) from every file cost each node
// test file a few hundred milliseconds of setup, in `vitest run` and in `vitest list` alike.
export {}

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 10_000 })
}
