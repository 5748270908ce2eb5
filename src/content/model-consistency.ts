/**
 * Content ↔ model agreement: every muscle the content names must exist in the GLB on both sides, and every
 * group the GLB carries must have content. Takes a gltf-transform Document so tests can build tiny ones.
 */
import type { Document } from '@gltf-transform/core'
import {
  MUSCLES,
  SIDES,
  meshName,
  parseMuscleExtras,
  type GroupId,
  type MuscleId,
  type MuscleNodeExtras,
} from '../domain/groups.ts'

export interface ModelMuscleNode {
  readonly name: string
  readonly extras: MuscleNodeExtras
}

/** The muscles a content entry names; GroupContent satisfies it. */
export type ContentMuscles = Partial<
  Record<GroupId, { readonly muscles: readonly { readonly muscle: MuscleId }[] }>
>

export function muscleNodesOf(doc: Document): ModelMuscleNode[] {
  const nodes: ModelMuscleNode[] = []
  for (const node of doc.getRoot().listNodes()) {
    const extras = parseMuscleExtras(node.getExtras())
    if (extras) nodes.push({ name: node.getName(), extras })
  }
  return nodes
}

export function checkModelAgainstContent(doc: Document, content: ContentMuscles): string[] {
  const problems: string[] = []
  const nodes = muscleNodesOf(doc)
  const byName = new Map(nodes.map((n) => [n.name, n.extras]))

  for (const [group, entry] of Object.entries(content) as [GroupId, ContentMuscles[GroupId]][]) {
    for (const { muscle } of entry?.muscles ?? []) {
      for (const side of SIDES) {
        const name = meshName(muscle, side)
        const extras = byName.get(name)
        if (!extras) {
          problems.push(`content for "${group}" names ${muscle}, but the model has no muscle node "${name}"`)
        } else if (extras.muscle !== muscle || extras.side !== side || extras.group !== group) {
          problems.push(
            `model node "${name}" carries extras ${JSON.stringify(extras)}, expected muscle ${muscle}, side ${side}, group ${group}`,
          )
        }
      }
    }
  }

  const reported = new Set<GroupId>()
  for (const { name, extras } of nodes) {
    if (MUSCLES[extras.muscle].group !== extras.group) {
      problems.push(
        `model node "${name}" puts ${extras.muscle} in "${extras.group}", the domain says "${MUSCLES[extras.muscle].group}"`,
      )
    }
    if (!content[extras.group] && !reported.has(extras.group)) {
      reported.add(extras.group)
      problems.push(`the model has group "${extras.group}" (node "${name}") but there is no content for it`)
    }
  }
  return problems
}
