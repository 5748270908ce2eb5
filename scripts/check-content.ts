/**
 * `npx tsx scripts/check-content.ts`: validates all content against its schema and, when the GLB exists,
 * against the model. Prints one line per problem and exits 1 if there are any.
 */
import { existsSync } from 'node:fs'
import { CONTENT } from '../src/content/index.ts'
import { checkModelAgainstContent } from '../src/content/model-consistency.ts'
import { MODEL_PATH, readModel } from '../src/content/read-model.ts'
import { validateContent } from '../src/content/schema.ts'

const problems = validateContent()

if (existsSync(MODEL_PATH)) {
  problems.push(...checkModelAgainstContent(await readModel(MODEL_PATH), CONTENT).map((p) => `model: ${p}`))
} else {
  console.warn(`note: ${MODEL_PATH} not found, model consistency not checked (run npm run model)`)
}

if (problems.length > 0) {
  console.error(`Content check failed with ${problems.length} problem(s):`)
  for (const p of problems) console.error(`  - ${p}`)
  process.exit(1)
}
console.log(`Content OK: ${Object.keys(CONTENT).length} groups checked.`)
