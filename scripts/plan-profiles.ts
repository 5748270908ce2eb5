/**
 * The plans "My plan" builds for the runner profiles of docs/content-review.md, as Markdown tables: sessions with
 * their weekdays, the first exercises and their doses week by week, the race weeks and the re-test date. The
 * reviewer reads these beside the content; regenerate them after any change to the builder or the content:
 *
 *   npx tsx scripts/plan-profiles.ts            # print the tables
 *   npx tsx scripts/plan-profiles.ts --write    # replace them in docs/content-review.md
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { emptyPlan, type PlanInputs } from '../src/domain/plan.ts'
import { AGE_BAND_NAMES, KIT_NAMES, WEEKDAY_NAMES } from '../src/domain/plan-options.ts'
import { NIGGLES } from '../src/content/plan.ts'
import { setsText } from '../src/content/sets-text.ts'
import { buildPlan, sessionWork, type DoseWeek, type Plan } from '../src/plan/build.ts'

/** Every profile starts on the same Monday, so the dates in the tables do not move between runs. */
const START = '2026-12-07'

interface Profile {
  readonly title: string
  readonly who: string
  readonly inputs: PlanInputs
}

const base = emptyPlan(START)

export const PROFILES: readonly Profile[] = [
  {
    title: '1. Novice, no niggle, general fitness, body weight only',
    who: 'Woman, 30–39, 3 runs (25 km) a week, never lifted; Tuesday and Friday, Sunday long run; 30 min.',
    inputs: {
      ...base,
      runsPerWeek: 3,
      weeklyKm: 25,
      longestRunKm: 12,
      experience: 'none',
      trainingDays: ['tue', 'fri'],
      hardDays: ['sun'],
      minutes: 30,
      sex: 'f',
      age: '30s',
      results: {
        'heel-rise': { L: 19, R: 24 },
        'single-leg-bridge': { L: 18, R: 21 },
        'side-plank': { L: 45, R: 52 },
        'single-leg-squat': { L: ['knee-in'], R: [] },
        'wall-sit': { L: 30, R: 33 },
      },
    },
  },
  {
    title: '2. Experienced racer with Achilles tendinopathy, race in 7 weeks',
    who: 'Man, 30–39, 6 runs (60 km) a week, lifts most weeks with a barbell, dumbbells and machines; Tuesday, Thursday and Saturday, Sunday long run; 45 min; race Sun 24 Jan 2027.',
    inputs: {
      ...base,
      runsPerWeek: 6,
      weeklyKm: 60,
      longestRunKm: 28,
      experience: 'regular',
      goal: 'race',
      raceDate: '2027-01-24',
      kit: ['barbell', 'dumbbell', 'machine'],
      trainingDays: ['tue', 'thu', 'sat'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'achilles',
      sex: 'm',
      age: '30s',
      skipped: ['heel-rise'],
      results: { 'single-leg-bridge': { L: 28, R: 30 }, 'wall-sit': { L: 60, R: 62 } },
    },
  },
  {
    title: '3. Regular lifter with a fresh hamstring strain',
    who: 'Man, 20–29, 4 runs (45 km) a week, lifts most weeks, full gym; Monday, Wednesday and Friday, Sunday long run; 60 min; no race.',
    inputs: {
      ...base,
      runsPerWeek: 4,
      weeklyKm: 45,
      longestRunKm: 20,
      experience: 'regular',
      kit: ['barbell', 'dumbbell', 'kettlebell', 'machine', 'band'],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 60,
      niggle: 'hamstring-strain',
      sex: 'm',
      age: '20s',
      skipped: ['single-leg-bridge'],
      results: { 'heel-rise': { L: 34, R: 33 }, 'side-plank': { L: 80, R: 85 } },
    },
  },
  {
    title: '4. Masters runner (60–69) with knee pain',
    who: 'Woman, 60–69, 4 runs (35 km) a week, lifts on and off with dumbbells and bands; Monday and Thursday, Saturday long run; 45 min; wall sit skipped (it hurt).',
    inputs: {
      ...base,
      runsPerWeek: 4,
      weeklyKm: 35,
      longestRunKm: 16,
      experience: 'some',
      kit: ['dumbbell', 'band'],
      trainingDays: ['mon', 'thu'],
      hardDays: ['sat'],
      minutes: 45,
      niggle: 'runners-knee',
      sex: 'f',
      age: '60s',
      skipped: ['wall-sit'],
      results: {
        // 17 and 18 rises: below a 25 flat-floor rule, at the norm for women in their sixties.
        'heel-rise': { L: 17, R: 18 },
        'single-leg-squat': { L: ['knee-in', 'pelvis-drop'], R: ['knee-in'] },
      },
    },
  },
  {
    title: '5. Plantar heel pain, race in 10 weeks',
    who: 'Woman, 40–49, 4 runs (40 km) a week, lifts on and off with dumbbells; Tuesday and Thursday, Sunday long run; 30 min; race Sun 14 Feb 2027.',
    inputs: {
      ...base,
      runsPerWeek: 4,
      weeklyKm: 40,
      longestRunKm: 18,
      experience: 'some',
      goal: 'race',
      raceDate: '2027-02-14',
      kit: ['dumbbell'],
      trainingDays: ['tue', 'thu'],
      hardDays: ['sun'],
      minutes: 30,
      niggle: 'plantar',
      sex: 'f',
      age: '40s',
      results: { 'single-leg-bridge': { L: 22, R: 27 }, 'knee-to-wall': { L: 8, R: 11 } },
    },
  },
  {
    title: '6. Novice racing in 16 days',
    who: 'Man, 40–49, 3 runs (20 km) a week, never lifted; Monday and Thursday; 20 min; race Wed 23 Dec 2026.',
    inputs: {
      ...base,
      runsPerWeek: 3,
      weeklyKm: 20,
      experience: 'none',
      goal: 'race',
      raceDate: '2026-12-23',
      trainingDays: ['mon', 'thu'],
      minutes: 20,
      sex: 'm',
      age: '40s',
    },
  },
]

const dateText = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`)
  return `${WEEKDAY_NAMES[(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[t.getUTCDay()]!].slice(0, 3)} ${t.getUTCDate()} ${t.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${t.getUTCFullYear()}`
}
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** "Wk 1: 3 × 15 · Wk 2–3: 3 × 12 (12RM)": the weeks an exercise is done, merged where the dose repeats. */
function weeksText(doses: readonly DoseWeek[]): string {
  const runs: { first: number; last: number; text: string }[] = []
  for (const d of doses) {
    const load = /^your /.test(d.load) ? ` (${d.load.slice(5)})` : ''
    const taper = d.taper ? ` [${d.taper}]` : ''
    const text = `${setsText(d)}${load}${taper}`
    const prev = runs.at(-1)
    if (prev && prev.text === text && prev.last === d.week - 1) prev.last = d.week
    else runs.push({ first: d.week, last: d.week, text })
  }
  return runs.map((r) => `Wk ${r.first === r.last ? r.first : `${r.first}–${r.last}`}: ${r.text}`).join(' · ')
}

function profileTables(p: Profile, plan: Plan): string {
  const i = p.inputs
  const lines: string[] = [`### ${p.title}`, '', p.who, '']
  const facts = [
    `Mode: ${plan.mode}`,
    `niggle: ${i.niggle ? NIGGLES[i.niggle].injury : 'none'}`,
    `kit: ${i.kit.length ? i.kit.map((k) => KIT_NAMES[k]).join(', ') : 'body weight'}`,
    `norms: ${i.sex ?? 'either sex'}, ${i.age ? AGE_BAND_NAMES[i.age] : 'no age'}`,
    `weeks: ${plan.weeks.length} from ${dateText(plan.programmeStart)}`,
    `race: ${plan.race ? dateText(plan.race) : i.raceDate ? `${dateText(i.raceDate)} (not in the weeks)` : 'none'}`,
    `last heavy session: ${plan.lastHeavy ? dateText(plan.lastHeavy) : '—'}`,
    `re-test: ${plan.retest ? dateText(plan.retest) : '—'}`,
    `comes first: ${plan.priority.join(', ') || 'no weak or uneven group'}`,
  ]
  lines.push(facts.join('; ') + '.', '')
  if (plan.sessions.length) {
    lines.push(
      '| Session | Day | Exercise (in order) | Dose source | Week by week |',
      '|---|---|---|---|---|',
    )
    for (const s of plan.sessions)
      for (const [k, e] of sessionWork(s).entries())
        lines.push(
          `| ${k === 0 ? cell(s.name) : ''} | ${k === 0 ? WEEKDAY_NAMES[s.weekday] : ''} | ${cell(e.exercise.name)}${e.pathway ? ' (pathway)' : ''}${s.jumps === e ? ' (jumps, first)' : ''} | ${e.doseSource} | ${cell(weeksText(e.doses))} |`,
        )
    lines.push('')
    lines.push('| Week | Sessions | Title | What changes |', '|---|---|---|---|')
    for (const w of plan.weeks)
      lines.push(
        `| ${w.week} | ${cell(w.sessions.map((s) => `${dateText(s.date).slice(0, -5)} ${s.name.replace('Session ', '')}`).join(', ') || '—')} | ${w.title} | ${cell(w.what)} |`,
      )
    lines.push('')
  }
  if (plan.niggle) lines.push(`Niggle, what the plan does: ${plan.niggle.change.text}`, '')
  if (plan.notes.length) lines.push('Notes on the plan:', '', ...plan.notes.map((n) => `- ${n}`), '')
  return lines.join('\n')
}

export function profilesMarkdown(): string {
  return PROFILES.map((p) => profileTables(p, buildPlan(p.inputs))).join('\n')
}

const DOC = fileURLToPath(new URL('../docs/content-review.md', import.meta.url))
const START_MARK = '<!-- profiles:start (npx tsx scripts/plan-profiles.ts --write) -->'
const END_MARK = '<!-- profiles:end -->'

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const md = profilesMarkdown()
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8')
    const a = doc.indexOf(START_MARK)
    const b = doc.indexOf(END_MARK)
    if (a < 0 || b < a) throw new Error(`${DOC} has no ${START_MARK} … ${END_MARK} block`)
    writeFileSync(DOC, `${doc.slice(0, a + START_MARK.length)}\n\n${md}\n${doc.slice(b)}`)
    console.log(`Wrote ${PROFILES.length} profiles into docs/content-review.md`)
  } else console.log(md)
}
