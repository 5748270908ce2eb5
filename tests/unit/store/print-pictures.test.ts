// The printed plan's picture queue: pairs made one at a time in idle time, in the plan's order, once each; a failed
// one answered as "no pictures"; Print hurries the queue and never waits for ever. Each test has its own queue and
// its own clock, so nothing is left behind for the next file.
import { describe, expect, it } from 'vitest'
import type { ExerciseId } from '../../../src/domain/exercises.ts'
import { createPictureQueue, type PicturePair, type QueueTiming } from '../../../src/store/print-pictures.ts'

const A = 'nordic-curl' as ExerciseId
const B = 'calf-raise' as ExerciseId
const C = 'side-plank' as ExerciseId

/** A hand-driven clock: idle jobs, soon jobs and timers wait until the test runs them. */
function manualTiming() {
  const idle: (() => void)[] = []
  const soon: (() => void)[] = []
  const timers = new Set<{ ms: number; job: () => void }>()
  const timing: QueueTiming = {
    idle: (job) => idle.push(job),
    soon: (job) => soon.push(job),
    after: (ms, job) => {
      const t = { ms, job }
      timers.add(t)
      return () => timers.delete(t)
    },
  }
  const settle = () => new Promise((r) => setTimeout(r, 0))
  return {
    timing,
    idle,
    soon,
    timers,
    /** Run the queued jobs of one kind, then let the makers' promises settle. */
    run: async (list: (() => void)[]) => {
      for (const job of list.splice(0)) job()
      await settle()
    },
    expire: () => {
      for (const t of [...timers]) {
        timers.delete(t)
        t.job()
      }
    },
  }
}

const pairOf = (id: string): PicturePair => ({ start: `blob:${id}-start`, end: `blob:${id}-end` })

describe('print pictures', () => {
  it('makes the wanted pairs one at a time in idle time, in order, once a maker serves, and only once each', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    const asked: string[] = []
    q.want([A, B, A])
    expect(clock.idle).toHaveLength(0) // nobody can draw yet
    q.serve((id) => {
      asked.push(id)
      return pairOf(id)
    })
    expect(clock.idle).toHaveLength(1)
    expect(q.get(A)).toBeUndefined()
    await clock.run(clock.idle)
    expect(asked).toEqual([A])
    expect(q.get(A)).toEqual(pairOf(A))
    expect(q.missing([A, B])).toEqual([B])
    await clock.run(clock.idle)
    expect(asked).toEqual([A, B])
    expect(clock.idle).toHaveLength(0)
    // The plan drawn again (or another plan with the same rows): nothing is made twice.
    q.want([B, A])
    expect(clock.idle).toHaveLength(0)
    expect(q.version()).toBe(2)
  })

  it('answers null for a demo that cannot be drawn or a maker that throws, and goes on', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    q.want([A, B, C])
    q.serve((id) => {
      if (id === A) return null
      if (id === B) throw new Error('no context')
      return Promise.resolve(pairOf(id))
    })
    for (let i = 0; i < 3; i++) await clock.run(clock.idle)
    expect(q.get(A)).toBeNull()
    expect(q.get(B)).toBeNull()
    expect(q.get(C)).toEqual(pairOf(C))
    expect(q.missing([A, B, C])).toEqual([])
  })

  it('stops when the maker is withdrawn and goes on when one serves again', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    q.want([A, B])
    const stop = q.serve(pairOf)
    stop()
    await clock.run(clock.idle)
    expect(q.get(A)).toBeUndefined()
    q.serve(pairOf)
    await clock.run(clock.idle)
    expect(q.get(A)).toEqual(pairOf(A))
  })

  it('Print: made at once (not in idle time), resolving when all are made', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    q.want([A, B])
    q.serve(pairOf)
    let printed = false
    const waiting = q.ready([A, B]).then(() => (printed = true))
    // The idle job already asked for is overtaken by one that runs soon.
    await clock.run(clock.soon)
    expect(q.get(A)).toEqual(pairOf(A))
    expect(printed).toBe(false)
    await clock.run(clock.soon)
    await waiting
    expect(printed).toBe(true)
    expect(clock.timers.size).toBe(0)
    // The stale idle job does nothing; with everything made, the next wait resolves at once.
    await clock.run(clock.idle)
    expect(q.version()).toBe(2)
    await q.ready([A, B])
    // Afterwards the queue is back to idle time.
    q.want([C])
    expect(clock.idle).toHaveLength(1)
    expect(clock.soon).toHaveLength(0)
  })

  it('Print never waits for ever: with no maker, or none answering, it goes ahead after its patience', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    q.want([A])
    let printed = false
    const waiting = q.ready([A], 5000).then(() => (printed = true))
    await clock.run(clock.soon)
    expect(printed).toBe(false)
    expect([...clock.timers].map((t) => t.ms)).toEqual([5000])
    clock.expire()
    await waiting
    expect(printed).toBe(true)
    expect(q.get(A)).toBeUndefined()
  })

  it('each picture that arrives restarts the patience', async () => {
    const clock = manualTiming()
    const q = createPictureQueue(clock.timing)
    q.want([A, B])
    let release: (() => void) | null = null
    q.serve((id) =>
      id === A ? pairOf(id) : new Promise<PicturePair>((r) => (release = () => r(pairOf(id)))),
    )
    const waiting = q.ready([A, B], 1000)
    const first = [...clock.timers][0]
    await clock.run(clock.soon) // A made: a new timer replaces the first
    expect(clock.timers.has(first!)).toBe(false)
    expect(clock.timers.size).toBe(1)
    await clock.run(clock.soon) // B asked for, still drawing
    release!()
    await waiting
    expect(q.get(B)).toEqual(pairOf(B))
  })
})
