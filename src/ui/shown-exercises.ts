import { useMemo } from 'react'
import { filterExercises } from '../content/index.ts'
import type { Exercise } from '../content/types.ts'
import type { EquipmentId, LevelId } from '../domain/training.ts'
import { useExplorer } from '../store/index.ts'

/**
 * The exercises that pass the runner's kit and level filters. The cards and the glossary read the same list,
 * so a term is explained on a card that is on screen, not on one the filter hides.
 */
export function useShownExercises(exercises: readonly Exercise[]): {
  shown: readonly Exercise[]
  filtered: boolean
  equipment: readonly EquipmentId[]
  level: LevelId | null
} {
  const equipment = useExplorer((s) => s.equipment)
  const level = useExplorer((s) => s.level)
  const shown = useMemo(
    () =>
      filterExercises(exercises, {
        ...(equipment.length > 0 ? { equipment: [...equipment] } : {}),
        ...(level !== null ? { level } : {}),
      }),
    [exercises, equipment, level],
  )
  return { shown, filtered: equipment.length > 0 || level !== null, equipment, level }
}
