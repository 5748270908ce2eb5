/**
 * The exercise ids the content's cards use, with the group each belongs to. The domain owns them (as it owns group
 * and muscle ids) because a link names one (`?exercise=<id>`) and the demonstrations are keyed by them; a content
 * test holds this list and the cards to the same ids.
 */
import type { GroupId } from './groups.ts'

export const EXERCISE_GROUP = {
  'running-arm-drill': 'shoulders',
  'dumbbell-overhead-press': 'shoulders',
  'band-external-rotation': 'shoulders',
  'push-up-plus': 'shoulders',
  'half-kneeling-kettlebell-press': 'shoulders',
  'cable-reverse-fly': 'shoulders',
  'face-pull': 'upper-back',
  'prone-y-t-raise': 'upper-back',
  'chest-supported-row': 'upper-back',
  'side-lying-external-rotation': 'upper-back',
  'band-pull-apart': 'upper-back',
  'farmer-carry': 'upper-back',
  'heavy-half-squat': 'quadriceps',
  'split-squat': 'quadriceps',
  'bulgarian-split-squat': 'quadriceps',
  'leg-press': 'quadriceps',
  'step-up': 'quadriceps',
  'isometric-knee-hold': 'quadriceps',
  'plyometric-jumps': 'quadriceps',
  'goblet-squat': 'quadriceps',
  'standing-knee-drive': 'hip-flexors',
  'hanging-knee-raise': 'hip-flexors',
  'banded-psoas-march': 'hip-flexors',
  'a-skip': 'hip-flexors',
  'copenhagen-adduction': 'hip-flexors',
  'reverse-lunge-knee-drive': 'hip-flexors',
  'adductor-ball-squeeze': 'hip-flexors',
  'side-lying-adduction': 'hip-flexors',
  'nordic-hamstring-curl': 'hamstrings',
  'nordic-regression': 'hamstrings',
  'romanian-deadlift': 'hamstrings',
  'machine-leg-curl': 'hamstrings',
  'slider-leg-curl': 'hamstrings',
  'single-leg-hamstring-bridge': 'hamstrings',
  'strides-sprint-drills': 'hamstrings',
  'askling-extender': 'hamstrings',
  'askling-diver': 'hamstrings',
  'askling-glider': 'hamstrings',
  'barbell-hip-thrust': 'glutes',
  'trap-bar-deadlift': 'glutes',
  'single-leg-romanian-deadlift': 'glutes',
  'single-leg-squat': 'glutes',
  'side-lying-hip-abduction': 'glutes',
  'cable-hip-abduction': 'glutes',
  'pelvic-drop': 'glutes',
  'lateral-bound': 'glutes',
  'glute-bridge': 'glutes',
  'isometric-hip-abduction': 'glutes',
  'single-leg-calf-raise': 'calves',
  'bent-knee-calf-raise': 'calves',
  'heavy-slow-calf-raise': 'calves',
  'isometric-calf-hold': 'calves',
  'hop-progression': 'calves',
  'eccentric-heel-drop': 'calves',
  'tiptoe-farmer-walk': 'calves',
  'banded-ankle-push': 'calves',
  'heavy-slow-seated-calf-raise': 'calves',
  'towel-heel-raise': 'calves',
  'pogo-hops': 'calves',
  'dead-bug': 'core',
  'pallof-press': 'core',
  'front-side-plank': 'core',
  'medicine-ball-rotational-throw': 'core',
  'cable-chop': 'core',
  'bird-dog': 'core',
  'suitcase-carry': 'core',
} as const satisfies Record<string, GroupId>

export type ExerciseId = keyof typeof EXERCISE_GROUP

export const EXERCISE_IDS = Object.keys(EXERCISE_GROUP) as ExerciseId[]

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && Object.hasOwn(EXERCISE_GROUP, value)
}
