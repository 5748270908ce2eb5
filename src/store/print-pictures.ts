/**
 * The printed plan's start and end pictures, one pair per exercise, made by the scene from each exercise's demo
 * and shown by the plan's rows on paper. Images, not state: kept here beside the store (like clock.ts), never in
 * it, and imported only by the plan view's and the drivers' chunks, so the page's first load carries none of it.
 * The plan view says which exercises it prints (`want`); the scene, once it can draw them, serves a maker
 * (`serve`); the queue makes the missing pairs one at a time in idle time, or at once while Print waits (`ready`).
 */
import type { ExerciseId } from '../domain/exercises.ts'

/** One row's two pictures, as image URLs (blob: or data:): its start position and its hardest moment. */
export interface PicturePair {
  readonly start: string
  readonly end: string
}

/** Makes one exercise's pair; null when it has no demo or cannot be drawn (the row prints without pictures). */
export type PictureMaker = (id: ExerciseId) => Promise<PicturePair | null> | PicturePair | null

export interface PictureQueue {
  /** The exercises the plan prints, in reading order; the missing ones are made in that order. */
  want: (ids: readonly ExerciseId[]) => void
  /** The scene can draw: it makes pictures until the returned function is called (its canvas went away). */
  serve: (maker: PictureMaker) => () => void
  /** The pair made for an exercise, null if it could not be made, undefined while not made yet. */
  get: (id: ExerciseId) => PicturePair | null | undefined
  /** Of these, the exercises with no answer yet. */
  missing: (ids: readonly ExerciseId[]) => ExerciseId[]
  /**
   * Resolves once every one of these has an answer, or once none has come for `patience` ms (a scene that never
   * serves, a lost context): Print never waits for ever. Until then the queue works without waiting for idle time.
   */
  ready: (ids: readonly ExerciseId[], patience?: number) => Promise<void>
  /** Called after every pair made (for useSyncExternalStore). */
  subscribe: (listener: () => void) => () => void
  /** Counts answers, as a snapshot that changes whenever one arrives. */
  version: () => number
}

export interface QueueTiming {
  /** Runs a job when the page is idle (requestIdleCallback where there is one). */
  idle: (job: () => void) => void
  /** Runs a job soon, without waiting for idle time (Print is waiting). */
  soon: (job: () => void) => void
  /** A timer for `ready`'s patience; returns its cancel. */
  after: (ms: number, job: () => void) => () => void
}

const browserTiming: QueueTiming = {
  idle: (job) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => job(), { timeout: 4000 })
      : setTimeout(job, 200),
  soon: (job) => setTimeout(job, 0),
  after: (ms, job) => {
    const t = setTimeout(job, ms)
    return () => clearTimeout(t)
  },
}

/** How long Print waits without a new picture before printing what it has. */
export const PRINT_PATIENCE_MS = 12000

export function createPictureQueue(timing: QueueTiming = browserTiming): PictureQueue {
  const made = new Map<ExerciseId, PicturePair | null>()
  const listeners = new Set<() => void>()
  let wanted: readonly ExerciseId[] = []
  let maker: PictureMaker | null = null
  let busy = false
  /** The job scheduled now, if any: a newer one (Print pressed while waiting for idle time) replaces it. */
  let ticket = 0
  let scheduled: 'idle' | 'soon' | null = null
  let hurry = 0
  let answers = 0

  const nextMissing = () => wanted.find((id) => !made.has(id))

  const settle = (id: ExerciseId, pair: PicturePair | null) => {
    made.set(id, pair)
    answers++
    for (const l of [...listeners]) l()
  }

  const schedule = () => {
    const how = hurry > 0 ? 'soon' : 'idle'
    if (busy || scheduled === how || scheduled === 'soon' || !maker || nextMissing() === undefined) return
    scheduled = how
    const mine = ++ticket
    timing[how](() => {
      if (mine === ticket) step()
    })
  }

  function step() {
    scheduled = null
    const make = maker
    const id = nextMissing()
    if (!make || id === undefined) return
    busy = true
    let result: Promise<PicturePair | null>
    try {
      result = Promise.resolve(make(id))
    } catch {
      result = Promise.resolve(null)
    }
    void result
      .catch(() => null)
      .then((pair) => {
        busy = false
        settle(id, pair)
        schedule()
      })
  }

  const missing = (ids: readonly ExerciseId[]) => ids.filter((id) => !made.has(id))

  return {
    want: (ids) => {
      wanted = [...new Set(ids)]
      schedule()
    },
    serve: (m) => {
      maker = m
      schedule()
      return () => {
        if (maker === m) maker = null
      }
    },
    get: (id) => made.get(id),
    missing,
    ready: (ids, patience = PRINT_PATIENCE_MS) => {
      if (missing(ids).length === 0) return Promise.resolve()
      hurry++
      // What Print waits for is made first, then the rest of what the plan wants.
      wanted = [...new Set([...ids, ...wanted])]
      schedule()
      return new Promise<void>((resolve) => {
        let cancel = () => {}
        const done = () => {
          cancel()
          listeners.delete(heard)
          hurry--
          resolve()
        }
        const wait = () => {
          cancel()
          cancel = timing.after(patience, done)
        }
        const heard = () => (missing(ids).length === 0 ? done() : wait())
        listeners.add(heard)
        wait()
      })
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    version: () => answers,
  }
}

/** The page's one queue: the plan view wants, the scene serves. */
export const printPictures = createPictureQueue()
