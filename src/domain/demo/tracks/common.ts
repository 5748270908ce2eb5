/** Building blocks the groups' demos share: standing, the usual roles' sources, kit boxes. */
import { ARMS_DOWN, PELVIS, arm, feet, join, type Joints } from '../kit.ts'
import { tempoSeq } from '../tempo.ts'
import type { DemoKey, DemoProp, DemoRoles, DemoSegment, DemoTrack, Vec3 } from '../types.ts'
import type { ExerciseId } from '../../exercises.ts'
import type { MuscleId } from '../../groups.ts'

/** Muscle roles from each muscle's action (Gray's anatomy) and the exercise technique guide. */
export const ANATOMY = ['Gray18', 'NSCA'] as const

export const QUADS: readonly MuscleId[] = ['vastus-lateralis', 'vastus-medialis', 'rectus-femoris']
export const HAMS: readonly MuscleId[] = ['biceps-femoris', 'semitendinosus', 'semimembranosus']
export const CALVES: readonly MuscleId[] = ['gastrocnemius', 'soleus']
/** A bar on the back: elbows down and back under it. */
export const BAR_ON_BACK = arm('both', { abd: 50, flex: -25, elbow: 140, rot: 75 })
/**
 * A back-squat bar on the upper traps: the wrists (chest bone's rest frame) just outside the shoulders and behind
 * the neck base, so the bar rides below the skull and behind C7 however far the trunk leans.
 */
export const BAR_GRIP = { L: [0.29, 1.39, -0.135], R: [-0.29, 1.39, -0.135] } as const
export const ABS: readonly MuscleId[] = ['rectus-abdominis', 'external-oblique', 'transversus-abdominis']

export function roles(
  prime: readonly MuscleId[],
  synergist: readonly MuscleId[] = [],
  more: Partial<DemoRoles> = {},
): DemoRoles {
  return { prime, synergist, sources: ANATOMY, ...more }
}

/** Standing on both feet, arms down unless told, with these joints on top. */
export function stand(j: Joints = {}, pelvis: Vec3 = [PELVIS[0], 0.905, PELVIS[2]]): DemoKey {
  return { pelvis, j: join(ARMS_DOWN, j), feet: feet() }
}

export function box(kind: DemoProp['kind'], min: Vec3, max: Vec3): DemoProp {
  return { kind, box: [min, max] }
}

/** A tempo exercise: from the top (A) down to the bottom (B) and back, at the card's tempo. */
export function tempoTrack(
  id: ExerciseId,
  tempo: string,
  A: DemoKey,
  B: DemoKey,
  rest: Omit<DemoTrack, 'id' | 'tempo' | 'keys' | 'seq' | 'hardest'> & { hardest?: number },
): DemoTrack {
  return { id, tempo, keys: { A, B }, seq: tempoSeq(), hardest: rest.hardest ?? 0, ...rest }
}

export function seg(to: string, s: number, work: DemoSegment['work']): DemoSegment {
  return { to, s, work }
}
