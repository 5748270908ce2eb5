import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { allExercises, SOURCES } from '../../../src/content/index.ts'
import { demoActivity } from '../../../src/domain/demo/activity.ts'
import { createDemoSolver, ease, posedPointOf } from '../../../src/domain/demo/solve.ts'
import { parseTempo, slotSeconds } from '../../../src/domain/demo/tempo.ts'
import { DEMO_TRACKS, demoTrackOf } from '../../../src/domain/demo/tracks/index.ts'
import { SELF_TEST_TRACKS } from '../../../src/domain/demo/tracks/self-tests.ts'
import { isDemoId, selfTestDemoId } from '../../../src/domain/demo/ids.ts'
import { SELF_TEST_IDS } from '../../../src/domain/plan-options.ts'
import { EXERCISE_GROUP, EXERCISE_IDS } from '../../../src/domain/exercises.ts'
import { MUSCLE_IDS, SIDES } from '../../../src/domain/groups.ts'
import { parseLink, writeLink } from '../../../src/domain/links.ts'
import { footContacts } from '../../../src/domain/stride/kinematics.ts'
import { ALL_BONES } from '../../../src/domain/skeleton.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const joints = BODY_MANIFEST.landmarks.joints
const contacts = footContacts(joints)
const SAMPLES = 48
/** Every pose track: the exercises' demos and the self-tests of My plan. */
const POSED = [...DEMO_TRACKS, ...SELF_TEST_TRACKS]
describe('exercise demos', () => {
  it('the domain names exactly the content’s exercises, each in its group', () => {
    const content = allExercises().map((e) => [e.id, e.group])
    expect(Object.fromEntries(content)).toEqual(EXERCISE_GROUP)
  })

  it('every exercise has a demo', () => {
    const missing = EXERCISE_IDS.filter((id) => !demoTrackOf(id))
    expect(missing, `exercises without a demo: ${missing.join(', ')}`).toEqual([])
    expect(new Set(DEMO_TRACKS.map((t) => t.id)).size).toBe(DEMO_TRACKS.length)
  })

  it('poses every self-test of My plan, start to end, with what to watch', () => {
    const missing = SELF_TEST_IDS.filter((id) => !demoTrackOf(selfTestDemoId(id))?.watch)
    expect(missing, `self-tests without a pose: ${missing.join(', ')}`).toEqual([])
    for (const id of SELF_TEST_IDS) {
      expect(isDemoId(selfTestDemoId(id))).toBe(true)
      const track = demoTrackOf(selfTestDemoId(id))!
      expect(Object.keys(track.keys).sort(), id).toEqual(['E', 'S'])
      // The watched moment is the end position.
      expect(track.seq[track.hardest]!.to, id).toBe('E')
    }
    // `single-leg-squat` is an exercise and a self-test: the two never share an id.
    expect(demoTrackOf('single-leg-squat')).not.toBe(demoTrackOf('test:single-leg-squat'))
    expect(isDemoId('test:not-one')).toBe(false)
  })

  it('loops at the card’s tempo, each of its four numbers within 10 %', () => {
    const wrong: string[] = []
    for (const e of allExercises()) {
      const track = demoTrackOf(e.id)!
      const card = e.dose.start.tempo
      if (!card) continue
      const want = parseTempo(card)!
      if (track.tempo !== card) wrong.push(`${e.id}: demo tempo ${track.tempo} vs card ${card}`)
      const got = slotSeconds(createDemoSolver(track, joints).timeline)
      for (const k of ['down', 'bottom', 'up', 'top'] as const)
        if (Math.abs(got[k] - want[k]) > 0.1 * want[k] + 1e-9)
          wrong.push(`${e.id} ${k}: ${got[k]} s vs ${want[k]} s`)
    }
    expect(wrong).toEqual([])
  })

  it('keeps a planted foot within 1 cm of what it stands on in every sampled frame', () => {
    const wrong: string[] = []
    const v = new Vector3()
    for (const track of POSED) {
      const solver = createDemoSolver(track, joints)
      const line = solver.timeline
      for (let i = 0; i < SAMPLES; i++) {
        const pose = solver.at((line.total * i) / SAMPLES)
        const seg = line.segments[pose.segment]!
        for (const side of SIDES) {
          if (!pose.held[`foot_${side}`]) continue
          const plant = track.keys[seg.to]!.feet![side]!
          // A heel dropped below a step's edge (heel < 0) is meant to go lower: the ball is what stands on it.
          const from = track.keys[seg.from]!.feet?.[side]
          const under =
            Math.min(plant.heel ?? 0, from?.heel ?? 0) < 0
              ? contacts.filter((c) => c.bone === `toes_${side}`)
              : contacts
          let low = Infinity
          for (const c of under)
            if (c.side === side) low = Math.min(low, posedPointOf(pose, joints, c.bone, c.rest, v).y)
          if (Math.abs(low - plant.at[1]) > 0.01)
            wrong.push(
              `${track.id} ${side} foot at ${((line.total * i) / SAMPLES).toFixed(2)} s: ${(low - plant.at[1]).toFixed(3)} m`,
            )
        }
      }
    }
    expect(wrong.slice(0, 20), `${wrong.length} frames`).toEqual([])
  })

  it('keeps a held hand within 1 cm of its handle in every sampled frame', () => {
    const wrong: string[] = []
    const target = new Vector3()
    for (const track of POSED) {
      const solver = createDemoSolver(track, joints)
      const line = solver.timeline
      for (let i = 0; i < SAMPLES; i++) {
        const t = (line.total * i) / SAMPLES
        const pose = solver.at(t)
        const seg = line.segments[pose.segment]!
        for (const side of SIDES) {
          if (!pose.held[`hand_${side}`]) continue
          // Where the solver was asked to put the wrist: between the two keys' handles, eased as the body is.
          // A handle given on a bone (a bar on the back) is where that bone carries it this frame.
          const k0 = track.keys[seg.from]!
          const k1 = track.keys[seg.to]!
          const handle = (k: typeof k0) =>
            k.handsOn
              ? posedPointOf(pose, joints, k.handsOn, k.hands![side]!)
              : new Vector3(...k.hands![side]!)
          const f = ease(seg.seconds > 0 ? (t - seg.start) / seg.seconds : 1)
          target.copy(handle(k0)).lerp(handle(k1), f)
          const off = pose.at[`hand_${side}`].distanceTo(target)
          if (off > 0.01) wrong.push(`${track.id} ${side} hand at ${t.toFixed(2)} s: ${off.toFixed(3)} m off`)
        }
      }
    }
    expect(wrong.slice(0, 20), `${wrong.length} frames`).toEqual([])
  })

  it('keeps every joint above the floor and out of the kit (sampled frames, bounding checks)', () => {
    const wrong = new Set<string>()
    for (const track of POSED) {
      const solver = createDemoSolver(track, joints)
      for (let i = 0; i < SAMPLES; i++) {
        const pose = solver.at((solver.timeline.total * i) / SAMPLES)
        for (const b of ALL_BONES) {
          const p = pose.at[b]
          if (p.y < 0.005) wrong.add(`${track.id}: ${b} below the floor (${p.y.toFixed(3)})`)
          for (const prop of track.props) {
            if (!prop.box) continue
            const [min, max] = prop.box
            // A joint centre sits at least this far inside its limb's surface.
            const m = 0.03
            if (
              p.x > min[0] + m &&
              p.x < max[0] - m &&
              p.y > min[1] + m &&
              p.y < max[1] - m &&
              p.z > min[2] + m &&
              p.z < max[2] - m
            )
              wrong.add(`${track.id}: ${b} inside the ${prop.kind}`)
          }
        }
      }
    }
    expect([...wrong]).toEqual([])
  })

  it('lights the prime movers at the loaded moment, synergists softer, the rest dark', () => {
    const wrong: string[] = []
    for (const track of POSED) {
      const solver = createDemoSolver(track, joints)
      const pose = solver.at(solver.timeline.hardest)
      for (const m of MUSCLE_IDS)
        for (const side of SIDES) {
          const a = Math.abs(demoActivity(track, solver.timeline, pose.segment, m, side))
          const worked = !track.roles.side || track.roles.side === side
          if (worked && track.roles.prime.includes(m)) {
            if (a < 0.8) wrong.push(`${track.id}: prime ${m} ${side} at ${a}`)
          } else if (worked && track.roles.synergist.includes(m)) {
            if (a >= 0.8 || a === 0) wrong.push(`${track.id}: synergist ${m} ${side} at ${a}`)
          } else if (a !== 0) wrong.push(`${track.id}: ${m} ${side} lit at ${a}`)
        }
    }
    expect(wrong).toEqual([])
  })

  it('shows lengthening under load as its own (negative) glow', () => {
    const track = demoTrackOf('nordic-hamstring-curl')!
    const solver = createDemoSolver(track, joints)
    const lowering = solver.at(1).segment
    expect(demoActivity(track, solver.timeline, lowering, 'biceps-femoris', 'L')).toBeLessThan(0)
  })

  it('cites real sources for every role and times every card cue', () => {
    for (const track of DEMO_TRACKS) {
      for (const s of track.roles.sources) expect(Object.keys(SOURCES), track.id).toContain(s)
      const cues = allExercises().find((e) => e.id === track.id)!.cues
      expect(track.cues.length, track.id).toBe(cues.length)
      for (const c of track.cues) expect(c, track.id).toBeLessThan(track.seq.length)
    }
  })

  it('round-trips ?exercise= through the link, with play=0', () => {
    for (const id of EXERCISE_IDS) {
      const search = writeLink('', { muscle: null, view: null, phase: null, play: false, exercise: id })
      expect(search).toContain(`exercise=${id}`)
      expect(parseLink(search).state).toMatchObject({ exercise: id, play: false })
    }
    expect(parseLink('?exercise=not-one').problems).toHaveLength(1)
  })
})
