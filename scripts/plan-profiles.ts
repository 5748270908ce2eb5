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
      achillesSite: 'mid',
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
  // The independent reviewer's tricky profiles (review round 1), kept so every later review sees them again.
  {
    title:
      'R1. Masters runner (50–59) with patellar tendinopathy, race in 5 weeks, hard days Wednesday and Sunday',
    who: 'Man, 50–59, lifts most weeks, full gym; Tuesday, Thursday and Saturday, hard runs Wednesday and Sunday; 45 min; race Sun 10 Jan 2027; wall sit and single-leg squat skipped.',
    inputs: {
      ...base,
      experience: 'regular',
      goal: 'race',
      raceDate: '2027-01-10',
      kit: ['barbell', 'dumbbell', 'machine', 'band'],
      trainingDays: ['tue', 'thu', 'sat'],
      hardDays: ['wed', 'sun'],
      minutes: 45,
      niggle: 'patellar-tendon',
      sex: 'm',
      age: '50s',
      skipped: ['wall-sit', 'single-leg-squat'],
      results: { 'heel-rise': { L: 20, R: 22 } },
    },
  },
  {
    title: 'R4. Plantar heel pain, one strength day',
    who: 'Man, 40–49, never lifted, body weight and a step; Wednesday only, Saturday long run; 20 min.',
    inputs: {
      ...base,
      experience: 'none',
      kit: ['step'],
      trainingDays: ['wed'],
      hardDays: ['sat'],
      minutes: 20,
      niggle: 'plantar',
      sex: 'm',
      age: '40s',
    },
  },
  {
    title: 'R8. Proximal hamstring tendinopathy',
    who: 'Woman, 40–49, lifts on and off with dumbbells, a kettlebell and bands; Tuesday and Thursday, Sunday long run; 45 min; bridge test skipped.',
    inputs: {
      ...base,
      experience: 'some',
      kit: ['dumbbell', 'kettlebell', 'band'],
      trainingDays: ['tue', 'thu'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'high-hamstring',
      sex: 'f',
      age: '40s',
      skipped: ['single-leg-bridge'],
    },
  },
  {
    title: 'R13. Masters runner (70–79), calves below the norm, no niggle',
    who: 'Woman, 70–79, lifts on and off with dumbbells; Monday and Thursday, Saturday long run; 45 min; heel rises 9 and 10.',
    inputs: {
      ...base,
      experience: 'some',
      kit: ['dumbbell'],
      trainingDays: ['mon', 'thu'],
      hardDays: ['sat'],
      minutes: 45,
      sex: 'f',
      age: '70s',
      results: {
        'heel-rise': { L: 9, R: 10 },
        'single-leg-squat': { L: ['knee-in'], R: ['knee-in'] },
      },
    },
  },
  {
    title: 'X1. Achilles pain, site not said, with a step',
    who: 'Woman, 40–49, lifts on and off with dumbbells and has a step; Tuesday and Friday, Sunday long run; 30 min; did not say where the Achilles pain is; heel rise skipped.',
    inputs: {
      ...base,
      experience: 'some',
      kit: ['dumbbell', 'step'],
      trainingDays: ['tue', 'fri'],
      hardDays: ['sun'],
      minutes: 30,
      niggle: 'achilles',
      sex: 'f',
      age: '40s',
      skipped: ['heel-rise'],
    },
  },
  {
    title: 'X4. Achilles pain (mid-portion), hard runs the day after each strength day',
    who: 'Man, 30–39, lifts on and off with dumbbells; Tuesday and Thursday, hard runs Wednesday and Saturday; 30 min; heel rise skipped.',
    inputs: {
      ...base,
      experience: 'some',
      kit: ['dumbbell'],
      trainingDays: ['tue', 'thu'],
      hardDays: ['wed', 'sat'],
      minutes: 30,
      niggle: 'achilles',
      achillesSite: 'mid',
      sex: 'm',
      age: '30s',
      skipped: ['heel-rise'],
    },
  },
  {
    title: 'X5. Fresh hamstring strain, race in 6 weeks',
    who: 'Man, 30–39, lifts on and off with dumbbells and bands; Monday and Thursday, Sunday long run; 45 min; race Sun 17 Jan 2027; bridge test skipped.',
    inputs: {
      ...base,
      experience: 'some',
      kit: ['dumbbell', 'band'],
      goal: 'race',
      raceDate: '2027-01-17',
      trainingDays: ['mon', 'thu'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'hamstring-strain',
      sex: 'm',
      age: '30s',
      skipped: ['single-leg-bridge'],
    },
  },
  {
    title: 'X7. Regular lifter, no niggle, race in 7 weeks, body weight only',
    who: 'Man, 30–39, lifts most weeks; Tuesday and Friday, Sunday long run; 45 min; race Sun 24 Jan 2027; heel rises 32 and 33 (at the norm).',
    inputs: {
      ...base,
      experience: 'regular',
      goal: 'race',
      raceDate: '2027-01-24',
      trainingDays: ['tue', 'fri'],
      hardDays: ['sun'],
      minutes: 45,
      sex: 'm',
      age: '30s',
      results: { 'heel-rise': { L: 32, R: 33 } },
    },
  },
  // The round-2 reviewer's own profiles (M1, M9, M17, M19, M21), as they ran them.
  {
    title: 'M1. Masters runner (50–59) with patellar tendinopathy, race in 5 weeks, single-leg squat skipped',
    who: 'Man, 50–59, lifts on and off with dumbbells; Monday and Thursday, Sunday long run; 45 min; race Sun 10 Jan 2027; heel rises 22 and 22; wall sit and single-leg squat skipped (they hurt).',
    inputs: {
      ...base,
      experience: 'some',
      goal: 'race',
      raceDate: '2027-01-10',
      kit: ['dumbbell'],
      trainingDays: ['mon', 'thu'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'patellar-tendon',
      sex: 'm',
      age: '50s',
      skipped: ['wall-sit', 'single-leg-squat'],
      results: { 'heel-rise': { L: 22, R: 22 } },
    },
  },
  {
    title: 'M9. Proximal hamstring tendinopathy, regular lifter, full gym',
    who: 'Man, 40–49, lifts most weeks with barbell, dumbbells, machines, a kettlebell and bands; Monday, Wednesday and Friday, Sunday long run; 60 min; heel rises 30 and 30; bridge test skipped.',
    inputs: {
      ...base,
      experience: 'regular',
      kit: ['barbell', 'dumbbell', 'machine', 'kettlebell', 'band'],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 60,
      niggle: 'high-hamstring',
      sex: 'm',
      age: '40s',
      skipped: ['single-leg-bridge'],
      results: { 'heel-rise': { L: 30, R: 30 } },
    },
  },
  {
    title: "M17. Runner's knee, novice, body weight, three days",
    who: 'Woman, 30–39, new to strength work, body weight only; Monday, Wednesday and Friday, Sunday long run; 30 min; single-leg squat and wall sit skipped.',
    inputs: {
      ...base,
      experience: 'none',
      kit: [],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 30,
      niggle: 'runners-knee',
      sex: 'f',
      age: '30s',
      skipped: ['single-leg-squat', 'wall-sit'],
    },
  },
  {
    title: 'M19. Patellar tendinopathy, novice, body weight, three days',
    who: 'Woman, 20–29, new to strength work, body weight only; Monday, Wednesday and Friday, Sunday long run; 30 min; heel rises 30 and 31; single-leg squat and wall sit skipped.',
    inputs: {
      ...base,
      experience: 'none',
      kit: [],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 30,
      niggle: 'patellar-tendon',
      sex: 'f',
      age: '20s',
      skipped: ['single-leg-squat', 'wall-sit'],
      results: { 'heel-rise': { L: 30, R: 31 } },
    },
  },
  {
    title: 'M21. Groin pain, novice, body weight, three days',
    who: 'Man, 20–29, new to strength work, body weight only; Monday, Wednesday and Friday, Sunday long run; 30 min.',
    inputs: {
      ...base,
      experience: 'none',
      kit: [],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 30,
      niggle: 'groin',
      sex: 'm',
      age: '20s',
    },
  },
  // The round-3 reviewer's own profiles (N1, N8, N10), as they ran them.
  {
    title: 'N1. Masters man 50s, patellar tendon, race in 5 weeks, Monday and Thursday, dumbbells',
    who: 'Man, 50–59, some strength work, dumbbells; Monday and Thursday, hard Wednesday and Sunday; single-leg squat skipped; 45 min; race Sun 10 Jan.',
    inputs: {
      ...base,
      runsPerWeek: 5,
      weeklyKm: 50,
      longestRunKm: 20,
      experience: 'some',
      goal: 'race',
      raceDate: '2027-01-10',
      kit: ['dumbbell'],
      trainingDays: ['mon', 'thu'],
      hardDays: ['wed', 'sun'],
      minutes: 45,
      niggle: 'patellar-tendon',
      sex: 'm',
      age: '50s',
      skipped: ['single-leg-squat'],
      results: { 'heel-rise': { L: 22, R: 23 } },
    },
  },
  {
    title: 'N8. Mid-portion Achilles, one day (Saturday), hard Wednesday and Sunday, race in 6 weeks',
    who: 'Man, 40–49, lifts regularly, dumbbells and a step; Saturday only, hard Wednesday and Sunday; 45 min; race Sun 17 Jan. Saturday is the day before the long run, so no day can hold a session.',
    inputs: {
      ...base,
      experience: 'regular',
      goal: 'race',
      raceDate: '2027-01-17',
      kit: ['dumbbell', 'step'],
      trainingDays: ['sat'],
      hardDays: ['wed', 'sun'],
      minutes: 45,
      niggle: 'achilles',
      achillesSite: 'mid',
      sex: 'm',
      age: '40s',
      results: { 'heel-rise': { L: 18, R: 26 } },
    },
  },
  {
    title: 'N10. Groin pain, regular lifter, full gym, race in 8 weeks, Tuesday and Friday',
    who: 'Man, 30–39, lifts regularly, barbell, dumbbells and machines; Tuesday and Friday, Sunday long run; 45 min; race Sun 31 Jan.',
    inputs: {
      ...base,
      experience: 'regular',
      goal: 'race',
      raceDate: '2027-01-31',
      kit: ['barbell', 'dumbbell', 'machine'],
      trainingDays: ['tue', 'fri'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'groin',
      sex: 'm',
      age: '30s',
    },
  },
  // The round-4 reviewer's own profiles (Q2, Q5, Q7), as they ran them.
  {
    title: 'Q2. Novice woman 20s, fresh hamstring strain, band only, Monday and Thursday, 30 min',
    who: 'Woman, 20–29, never lifted, a band; Monday and Thursday, Saturday long run; 30 min; bridge test skipped.',
    inputs: {
      ...base,
      runsPerWeek: 3,
      weeklyKm: 25,
      longestRunKm: 12,
      experience: 'none',
      kit: ['band'],
      trainingDays: ['mon', 'thu'],
      hardDays: ['sat'],
      minutes: 30,
      niggle: 'hamstring-strain',
      sex: 'f',
      age: '20s',
      skipped: ['single-leg-bridge'],
      results: { 'heel-rise': { L: 28, R: 29 } },
    },
  },
  {
    title: 'Q5. Gluteal tendinopathy, woman 60s, Monday, Wednesday and Friday',
    who: 'Woman, 60–69, some strength work, dumbbells, bands and machines; Monday, Wednesday and Friday, Sunday long run; 45 min; side plank and single-leg squat skipped.',
    inputs: {
      ...base,
      runsPerWeek: 4,
      weeklyKm: 30,
      longestRunKm: 14,
      experience: 'some',
      kit: ['dumbbell', 'band', 'machine'],
      trainingDays: ['mon', 'wed', 'fri'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'gluteal-tendon',
      sex: 'f',
      age: '60s',
      skipped: ['side-plank', 'single-leg-squat'],
      results: { 'heel-rise': { L: 18, R: 19 }, 'single-leg-bridge': { L: 15, R: 17 } },
    },
  },
  {
    title: 'Q7. Proximal hamstring tendinopathy, woman 40s, full gym and a step, Tuesday and Friday',
    who: 'Woman, 40–49, lifts regularly, barbell, dumbbells, machines, bands and a step; Tuesday and Friday, Sunday long run; 45 min; bridge test skipped.',
    inputs: {
      ...base,
      runsPerWeek: 5,
      weeklyKm: 45,
      longestRunKm: 20,
      experience: 'regular',
      kit: ['barbell', 'dumbbell', 'machine', 'band', 'step'],
      trainingDays: ['tue', 'fri'],
      hardDays: ['sun'],
      minutes: 45,
      niggle: 'high-hamstring',
      sex: 'f',
      age: '40s',
      skipped: ['single-leg-bridge'],
      results: { 'heel-rise': { L: 26, R: 25 } },
    },
  },
]

const dateText = (d: string): string => {
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
    `jumps: ${plan.jumpLevel === 'full' ? 'full progression' : plan.jumpLevel === 'low' ? 'low two-footed hops only' : 'none yet'}`,
  ]
  lines.push(facts.join('; ') + '.', '')
  if (plan.sessions.length) {
    lines.push(
      '| Session | Day | Exercise (in order) | Dose source | Week by week |',
      '|---|---|---|---|---|',
    )
    for (const [k, h] of plan.home.entries())
      lines.push(
        `| ${k === 0 ? 'At home' : ''} | ${cell(h.how)} | ${cell(h.planned.exercise.name)} (pathway) | ${h.planned.doseSource} | ${cell(weeksText(h.planned.doses))} |`,
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
  // With no day for a session the plan shows no pathway, only what to choose and the stop line.
  if (plan.niggle && plan.mode !== 'pick-day')
    lines.push(`Niggle, what the plan does: ${plan.niggle.change.text}`, '')
  if (plan.siteNote) lines.push(`Where the pain is: ${plan.siteNote.text}`, '')
  if (plan.check) lines.push(`Re-test on ${dateText(plan.check.date)}: ${plan.check.criteria.text}`, '')
  if (plan.niggle) lines.push(`Stop and see a clinician: ${plan.niggle.stop.text}`, '')
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
