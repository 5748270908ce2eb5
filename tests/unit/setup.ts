// Lazy chunks (the group panel, the content) load through real dynamic imports; on a busy 2-core machine that
// can take longer than testing-library's 1 s default, which made findBy* queries flaky. A wait is not a bar.
import { configure } from '@testing-library/react'

configure({ asyncUtilTimeout: 10_000 })
