/** Page-level content: the five benefits and the text around the group panels. */
import { BENEFIT_IDS, BENEFIT_NAMES, type BenefitId } from '../domain/training.ts'
import type { BenefitContent, Guide } from './types.ts'

type BenefitText = Omit<BenefitContent, 'id' | 'name'>

const BENEFIT_TEXT: Readonly<Record<BenefitId, BenefitText>> = {
  power: {
    definition:
      'Producing a lot of force in a short time: a quicker, stronger push against the ground for surges, hills and sprint finishes.',
    sources: ['Stor08', 'Paav99', 'Blag18'],
    flags: ['SEC'],
    claim: 'performance',
  },
  balance: {
    definition:
      'Keeping the pelvis and trunk steady over one foot at every landing, so the leg does not collapse inward and the hips stay level.',
    sources: ['Foch20', 'Saun05'],
    flags: [],
    claim: 'mechanism',
  },
  coordination: {
    definition:
      'Switching the right muscles on and off at the right moment of the stride; each group has its own on and off windows, shown in the stride mode.',
    sources: ['Gaz07', 'Capp06', 'Saun05'],
    flags: [],
    claim: 'timing',
  },
  economy: {
    definition:
      'How much energy you use at a given pace. Heavy, explosive and jump training improve it by about 2–8%, even though VO₂max barely changes.',
    sources: ['Blag18', 'Bals16', 'Stor08'],
    flags: [],
    claim: 'performance',
  },
  'injury-prevention': {
    definition:
      'Lowering the chance of getting hurt. Across prevention trials in many sports, mostly football and the military, strength training cut injuries to about a third while stretching made no difference; in the one large trial in runners (720 first-time marathoners) a home strength programme made no difference (RR 0.97).',
    sources: ['Laue14', 'Laue18', 'Tores20'],
    flags: [],
    claim: 'injury',
  },
}

export const BENEFITS: Readonly<Record<BenefitId, BenefitContent>> = Object.fromEntries(
  BENEFIT_IDS.map((id) => [id, { id, name: BENEFIT_NAMES[id], ...BENEFIT_TEXT[id] }]),
) as Record<BenefitId, BenefitContent>

export const GUIDE: Guide = {
  intro: {
    text: 'Running is more than legs and lungs: eight muscle groups share the work of every stride. In trials, two or three strength sessions a week made runners more economical and faster. Strength training cut injuries in trials in other sports, but not in the one large trial in runners; that it makes you steadier and better coordinated is reasoned from what the muscles do in the stride, not tested.',
    sources: ['Blag18', 'Laue18', 'Tores20'],
    flags: ['UE'],
  },
  closing: {
    text: 'No two runners have the same weak spots, and a past injury or high weekly mileage changes what you need most. Use these groups as a map, not a prescription: a coach or physiotherapist can help you tailor a plan to your own body.',
    sources: ['vGent07', 'ACSM09'],
    flags: [],
  },
  tempoNotation:
    'Tempo is written as four numbers: seconds lowering, seconds paused at the bottom, seconds lifting, seconds paused at the top. So 3-0-1-0 means three seconds down, no pause, one second up, no pause at the top; X means as fast as you can while staying in control. Only strength exercises have a tempo: holds, carries, jumps and running drills are counted in seconds, metres or contacts instead.',
  editorialNote: {
    text: 'Difficulty levels, easier and harder versions and coaching cues are coaching judgement rather than research findings. Doses marked as estimates follow general strength-training guidance for healthy adults: 8–12 repetitions for beginners, 2–3 sessions a week, adding 2–10% load once you can do one or two reps more than the target. Where a dose comes from a trial, the card starts where a runner new to the exercise starts and shows the trial’s full dose only as the place the build-up leads.',
    sources: ['ACSM09'],
    flags: ['UE'],
  },
  flagLegend: {
    UE: 'Estimate: no source gives this exact number or advice; it is our editorial or typical-practice value.',
    NV: 'Not re-verified: this is how the named source is usually quoted, but we could not check its original text again.',
    SIM: 'Simulation: modelled, not measured: worked out in a computer model of running (usually one simulated runner in an open research model), not from measured muscle activity or force.',
    SEC: 'Secondary source: taken from a paper or page that cites the original study, not from the study itself.',
  },
  fitItIn: [
    {
      title: 'How often',
      text: 'Two or three sessions a week of heavy, explosive or jump work is what improved running economy in runner studies, and a strength-and-conditioning guide suggests two a week through the build-up to a season. Once racing starts, one session a week kept the strength gained in a study of well-trained cyclists; no such study exists in runners, so one session every 7–10 days in season is our estimate.',
      sources: ['Blag18', 'Blag19', 'Ronn10'],
      flags: ['SEC', 'UE'],
      claim: 'dose',
    },
    {
      title: 'Where it goes around your running',
      text: 'Put strength work on a hard-run day, after the run, so easy days stay easy, and keep the day before a key session light. Explosive strength gains were smaller when lifting came within about 20 minutes of endurance work; with about 3 hours between them, the order did not change strength, muscle or aerobic gains over 9 weeks in one study of 29 moderately active men (not runners), though it did change some jump-power gains. Leaving 6 hours where you can is common coaching practice, not a tested figure.',
      sources: ['Schu22', 'Lee20'],
      flags: ['UE'],
      claim: 'dose',
    },
    {
      title: 'Starting out',
      text: 'New to lifting: learn the movements across many exercises before loading any one heavily. Begin at 8–12 reps with a load you could lift a few more times, and stop each set with 2–4 reps in reserve (RIR). For the first 3–4 weeks add a set before you add weight. Guessing reps left is accurate to about one rep when few remain and less so in long, light sets, where people usually have more left than they think. Raise the load by 2–10% when you beat the target by two reps in the last set, two sessions running.',
      sources: ['Blag19', 'ACSM09', 'Helms16', 'Hack17', 'Halp22', 'NSCA'],
      flags: ['SEC', 'UE'],
      claim: 'dose',
    },
    {
      title: 'Before a race',
      text: 'Tapers that worked in meta-analyses lasted about two weeks and cut training volume by 41–60% while keeping intensity and frequency. For strength work that means keeping the load heavy and dropping sets (our estimate). In one small study of 8 runners, the economy gained from 8 weeks of added jumps or explosive lifting was still there 4 weeks after they stopped.',
      sources: ['Bos07', 'Wang23', 'Ces21'],
      flags: ['UE'],
      claim: 'dose',
    },
    {
      title: 'The pain rule for tendon work',
      text: 'In a treatment trial of people who already had Achilles pain, those who kept running and jumping under a pain-monitoring rule did as well as those who rested for six weeks. The rule as physiotherapists use it: pain during exercise of 0–2 out of 10 is safe, up to 5 is acceptable, above 5 is too much; it should settle by the next morning and should not build from week to week. Long holds (5 × 45 s at about 70% of a maximal contraction) eased pain straight after in a small treatment study of 6 people with patellar tendon pain, but not in two studies of Achilles pain, and later, larger studies in patellar and other tendons found holds no better than slow lifting: treat holds as a way to load the tendon, not as a painkiller. Pain above 5, or worse the next morning, means going back to the last dose that was fine; see a clinician if it has not settled within 1–2 weeks.',
      sources: ['Silb07', 'Rio15', 'Clif20', 'ONeill19', 'vdVlist20'],
      flags: ['SEC', 'NV'],
      claim: 'injury',
    },
  ],
  redFlags: {
    text: 'Go to an emergency department now for numbness between the legs or around the back passage, new trouble passing or holding urine or stools, or weakness in both legs; and call emergency services for a swollen calf with breathlessness or chest pain. Stop and get urgent help for chest pain, fainting or a racing or irregular heartbeat while running. Get seen the same day for a swollen, warm, tender calf at rest; a sudden pop at the back of the heel, or not being able to rise onto the toes of one foot; and deep groin or front-of-hip pain that builds with running or hurts when you hop. Stop and see a clinician, rather than train through it, for: pain that makes you limp; visible swelling or warmth of a joint or tendon; numbness, tingling or a foot that slaps or drops; pain at night, fever or unexplained weight loss; tendon pain that has not settled within 1–2 weeks of going back to the last dose that was fine; and the bone-pain signs listed under the injuries.',
    sources: ['StatP', 'Silb07'],
    flags: ['SEC', 'UE'],
  },
  glossary: [
    { term: 'N·m', plain: 'newton-metres, how hard a muscle turns a joint' },
    { term: 'Smith machine', plain: 'a barbell that runs up and down on fixed rails, so it cannot fall' },
    {
      term: 'eccentric',
      also: ['eccentrically'],
      plain: 'the muscle working while it is being stretched, like a brake',
    },
    { term: 'concentric', plain: 'the muscle working while it shortens, like a motor' },
    { term: 'isometric', plain: 'the muscle working without moving the joint, as in a hold' },
    {
      term: 'plyometric',
      also: ['plyometrics'],
      plain: 'jumps and hops that use a quick stretch-and-rebound',
    },
    {
      term: 'RM',
      also: ['rep max', 'rep maximum'],
      plain: 'repetition maximum: 10RM is the heaviest weight you can lift 10 times',
    },
    {
      term: 'RIR',
      also: ['reps in reserve'],
      plain: 'reps in reserve: how many more you could have done before failing',
    },
    { term: 'RPE', plain: 'rating of perceived exertion, 10 = nothing left, 9 = one rep left, 8 = two left' },
    {
      term: 'RR',
      plain: 'risk ratio: 0.41 means 41% of the injuries seen without the programme, so about 60% fewer',
    },
    { term: 'OR', also: ['odds'], plain: 'odds ratio, a close cousin of the risk ratio' },
    {
      term: 'maximal contraction',
      also: ['MVC', 'MVIC'],
      plain: 'the hardest a muscle can squeeze, used as 100% when muscle activity is measured',
    },
    { term: 'rate of force development', also: ['RFD'], plain: 'how quickly a muscle reaches high force' },
    { term: 'running economy', plain: 'how much energy (oxygen) you use at a given pace' },
    { term: 'VO₂max', plain: 'the most oxygen your body can use per minute' },
    { term: 'tendinopathy', also: ['tendinosis'], plain: 'a painful, overloaded tendon' },
    { term: 'times body weight', plain: 'multiples of the force your weight makes standing still' },
    { term: 'one-rep max', also: ['1RM'], plain: 'the heaviest weight you can lift once' },
    { term: 'EMG', plain: 'electrical activity of a muscle, measured through the skin' },
  ],
}
