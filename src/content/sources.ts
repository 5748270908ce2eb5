/**
 * Every source the content cites, keyed by the reference facts' keys (/work/shared/reference §8). Only sources
 * the content actually uses are listed; a test keeps it that way.
 */
import type { Source } from './types.ts'

export const SOURCES = {
  ACSM09: {
    id: 'ACSM09',
    citation:
      'Ratamess NA, Alvar BA, Evetoch TK, Housh TJ, Kibler WB, Kraemer WJ, Triplett NT. Progression models in resistance training for healthy adults (ACSM position stand). Med Sci Sports Exerc 2009;41(3):687–708.',
    link: 'https://www.medscape.com/viewarticle/717047',
    flags: [],
    kind: 'position-stand',
    dosesFor: ['strength'],
  },
  Ahn14: {
    id: 'Ahn14',
    citation:
      'Ahn AN, Brayton C, Bhatia T, Martin P. Muscle activity and kinematics of forefoot and rearfoot strike runners. J Sport Health Sci 2014;3:102–112.',
    flags: [],
    kind: 'lab-study',
  },
  Alf98: {
    id: 'Alf98',
    citation:
      'Alfredson H, Pietilä T, Jonsson P, Lorentzon R. Heavy-load eccentric calf muscle training for the treatment of chronic Achilles tendinosis. Am J Sports Med 1998;26(3):360–366.',
    link: 'http://ajsm.highwire.org/content/26/3/360',
    note: 'Dosing as commonly reported; not re-checked against the full text.',
    flags: ['NV'],
    kind: 'case-series',
  },
  Arel14: {
    id: 'Arel14',
    citation:
      'Arellano CJ, Kram R. The metabolic cost of human running: is swinging the arms worth it? J Exp Biol 2014;217:2456–2461.',
    link: 'https://journals.biologists.com/jeb/article/217/14/2456',
    flags: [],
    kind: 'lab-study',
  },
  Bals16: {
    id: 'Bals16',
    citation:
      'Balsalobre-Fernández C, Santos-Concejero J, Grivas GV. Effects of strength training on running economy in highly trained runners: systematic review with meta-analysis. J Strength Cond Res 2016;30(8):2361–2368.',
    link: 'https://doi.org/10.1519/JSC.0000000000001316',
    flags: [],
    kind: 'review',
  },
  Beyer15: {
    id: 'Beyer15',
    citation:
      'Beyer R, Kongsgaard M, Hougs Kjær B, Øhlenschlæger T, Kjær M, Magnusson SP. Heavy slow resistance versus eccentric training as treatment for Achilles tendinopathy: a randomized controlled trial. Am J Sports Med 2015;43(7):1704–1711.',
    link: 'https://doi.org/10.1177/0363546515584760',
    note: '58 people with mid-portion pain. Each session had three calf raises (seated bent-knee, leg-press and standing straight-knee), 3–4 sets each, as a protocol table (UpToDate) gives them; results from the abstract: satisfaction 100 % vs 80 % at 12 weeks (P = .052), adherence 92 % vs 78 % (P < .005).',
    flags: [],
    kind: 'treatment-trial',
    startsAt: '3 × 15',
  },
  Blag18: {
    id: 'Blag18',
    citation:
      'Blagrove RC, Howatson G, Hayes PR. Effects of strength training on the physiological determinants of middle- and long-distance running performance: a systematic review. Sports Med 2018;48(5):1117–1149.',
    link: 'https://doi.org/10.1007/s40279-017-0835-7',
    flags: [],
    kind: 'review',
  },
  Capp06: {
    id: 'Capp06',
    citation:
      'Cappellini G, Ivanenko YP, Poppele RE, Lacquaniti F. Motor patterns in human walking and running. J Neurophysiol 2006;95:3426–3437.',
    link: 'https://doi.org/10.1152/jn.00081.2006',
    flags: [],
    kind: 'lab-study',
  },
  Chum11: {
    id: 'Chum11',
    citation:
      'Chumanov ES, Heiderscheit BC, Thelen DG. Hamstring musculotendon dynamics during stance and swing phases of high-speed running. Med Sci Sports Exerc 2011;43(3):525–532.',
    link: 'https://doi.org/10.1249/MSS.0b013e3181f23fe8',
    flags: [],
    kind: 'lab-study',
  },
  Contr15: {
    id: 'Contr15',
    citation:
      'Contreras B, Vigotsky AD, Schoenfeld BJ, Beardsley C, Cronin J. A comparison of gluteus maximus, biceps femoris, and vastus lateralis EMG activity in the back squat and barbell hip thrust exercises. J Appl Biomech 2015;31:452–458.',
    flags: [],
    kind: 'lab-study',
  },
  Cools07: {
    id: 'Cools07',
    citation:
      'Cools AM, Dewitte V, Lanszweert F, et al. Rehabilitation of scapular muscle balance: which exercises to prescribe? Am J Sports Med 2007;35(10):1744–1751.',
    link: 'https://doi.org/10.1177/0363546507303560',
    flags: [],
    kind: 'lab-study',
  },
  Dean05: {
    id: 'Dean05',
    citation:
      'Deane RS, Chow JW, Tillman MD, Fournier KA. Effects of hip flexor training on sprint, shuttle run, and vertical jump performance. J Strength Cond Res 2005;19(3):615–621.',
    flags: [],
    kind: 'training-trial',
  },
  Dist09: {
    id: 'Dist09',
    citation:
      'Distefano LJ, Blackburn JT, Marshall SW, Padua DA. Gluteal muscle activation during common therapeutic exercises. J Orthop Sports Phys Ther 2009;39(7):532–540.',
    flags: [],
    kind: 'lab-study',
  },
  Dorn12: {
    id: 'Dorn12',
    citation:
      'Dorn TW, Schache AG, Pandy MG. Muscular strategy shift in human running: dependence of running speed on hip and ankle muscle performance. J Exp Biol 2012;215:1944–1956.',
    link: 'https://doi.org/10.1242/jeb.064527',
    flags: [],
    kind: 'simulation',
  },
  Fahl03: {
    id: 'Fahl03',
    citation:
      'Fahlström M, Jonsson P, Lorentzon R, Alfredson H. Chronic Achilles tendon pain treated with eccentric calf-muscle training. Knee Surg Sports Traumatol Arthrosc 2003;11:327–333.',
    link: 'https://doi.org/10.1007/s00167-003-0418-z',
    flags: [],
    kind: 'case-series',
  },
  Fields11: {
    id: 'Fields11',
    citation:
      'Fields KB. Running injuries – changing trends and demographics. Curr Sports Med Rep 2011;10(5):299–303.',
    link: 'https://doi.org/10.1249/JSR.0b013e31822d403f',
    flags: [],
    kind: 'review',
  },
  Foch20: {
    id: 'Foch20',
    citation:
      'Foch E, Aubol K, Milner CE. Relationship between iliotibial band syndrome and hip neuromechanics in women runners. Gait Posture 2020;77:64–68.',
    flags: [],
    kind: 'cross-sectional',
  },
  Fran19: {
    id: 'Fran19',
    citation:
      'Francis P, Whatman C, Sheerin K, Hume P, Johnson MI. The proportion of lower limb running injuries by gender, anatomical location and specific pathology: a systematic review. J Sports Sci Med 2019;18:21–31.',
    flags: [],
    kind: 'review',
  },
  Fred00: {
    id: 'Fred00',
    citation:
      'Fredericson M, Cookingham CL, Chaudhari AM, Dowdell BC, Oestreicher N, Sahrmann SA. Hip abductor weakness in distance runners with iliotibial band syndrome. Clin J Sport Med 2000;10(3):169–175.',
    note: 'Compares injured with uninjured runners, then follows the injured ones through six weeks of hip exercise with no untreated comparison group.',
    flags: [],
    kind: 'case-series',
  },
  Gaz07: {
    id: 'Gaz07',
    citation:
      'Gazendam MGJ, Hof AL. Averaged EMG profiles in jogging and running at different speeds. Gait Posture 2007;25(4):604–614.',
    link: 'https://doi.org/10.1016/j.gaitpost.2006.06.013',
    flags: [],
    kind: 'lab-study',
  },
  Gray18: {
    id: 'Gray18',
    citation:
      'Gray H. Anatomy of the Human Body, 20th ed., revised by Lewis WH. Philadelphia: Lea & Febiger, 1918 (public domain). Part IV, Myology.',
    link: 'https://www.bartleby.com/107/',
    flags: [],
    kind: 'anatomy-text',
  },
  Hamner10: {
    id: 'Hamner10',
    citation:
      'Hamner SR, Seth A, Delp SL. Muscle contributions to propulsion and support during running. J Biomech 2010;43(14):2709–2716.',
    link: 'https://doi.org/10.1016/j.jbiomech.2010.06.025',
    note: 'Simulation values flagged SIM were computed for this project from the OpenSim dataset published with this paper (opensim-org/opensim-models, Pipelines/Hamner, subject02): one simulated runner, not measured muscle activity.',
    flags: [],
    kind: 'simulation',
  },
  HL12: {
    id: 'HL12',
    citation:
      'Hébert-Losier K, Schneiders AG, García JA, Sullivan SJ, Simoneau GG. Influence of knee flexion angle and age on triceps surae muscle activity during heel raises. J Strength Cond Res 2012;26(11):3124–3133.',
    link: 'https://doi.org/10.1519/JSC.0b013e31824435cf',
    flags: [],
    kind: 'lab-study',
  },
  Haroy19: {
    id: 'Haroy19',
    citation:
      'Harøy J, Clarsen B, Wiger EG, et al. The Adductor Strengthening Programme prevents groin problems among male football players: a cluster-randomised controlled trial. Br J Sports Med 2019;53(3):150–157.',
    link: 'https://doi.org/10.1136/bjsports-2017-098937',
    note: 'The first session (1 set of 3–5 per side) is as programmes built on the trial start it; the trial’s own week 1 was not re-checked.',
    flags: ['SEC'],
    kind: 'prevention-trial',
    startsAt: '1 set of 3–5 per side',
  },
  Hodg96: {
    id: 'Hodg96',
    citation:
      'Hodges PW, Richardson CA. Inefficient muscular stabilization of the lumbar spine associated with low back pain: a motor control evaluation of transversus abdominis. Spine 1996;21(22):2640–2650.',
    flags: [],
    kind: 'cross-sectional',
  },
  Hung19: {
    id: 'Hung19',
    citation:
      'Hung K-C, Chung H-W, Yu CC-W, Lai H-C, Sun F-H. Effects of 8-week core training on core endurance and running economy. PLoS One 2019;14(3):e0213158.',
    note: '21 male college athletes (not runners); oxygen use fell at the fastest of four treadmill stages only (52.4 → 50.0 ml/kg/min). From the abstract.',
    flags: [],
    kind: 'training-trial',
  },
  'JSSM-BFlh': {
    id: 'JSSM-BFlh',
    citation:
      'Mao L, Ren D, Huang S, Wu X, Ruan M. Fascicle behavior and muscle activity of the biceps femoris long head during running at increasing speeds. J Sports Sci Med 2024;23:603–610. Seven college sprinters at 4, 5 and 6 m/s.',
    link: 'https://doi.org/10.52082/jssm.2024.603',
    note: 'Numbers (83 % of a maximal contraction at 4 m/s, 116 % at 6 m/s) from the abstract.',
    flags: [],
    kind: 'lab-study',
  },
  KBF15: {
    id: 'KBF15',
    citation:
      'Kuhtz-Buschbeck JP, Frendel A. Activity of upper limb and trunk muscles during power walking. Braz J Motor Behav 2015;9(2). See also Kuhtz-Buschbeck JP, Jing B. Activity of upper limb muscles during human walking. J Electromyogr Kinesiol 2012;22(2):199–206.',
    link: 'https://doi.org/10.20338/bjmb.v9i2.87',
    flags: [],
    kind: 'lab-study',
  },
  Kyro05: {
    id: 'Kyro05',
    citation:
      'Kyröläinen H, Avela J, Komi PV. Changes in muscle activity with increasing running speed. J Sports Sci 2005;23(10):1101–1109.',
    flags: [],
    kind: 'lab-study',
  },
  Laue14: {
    id: 'Laue14',
    citation:
      'Lauersen JB, Bertelsen DM, Andersen LB. The effectiveness of exercise interventions to prevent sports injuries: a systematic review and meta-analysis of randomised controlled trials. Br J Sports Med 2014;48:871–877.',
    link: 'https://doi.org/10.1136/bjsports-2013-092538',
    flags: [],
    kind: 'review',
  },
  Laue18: {
    id: 'Laue18',
    citation:
      'Lauersen JB, Andersen TE, Andersen LB. Strength training as superior, dose-dependent and safe prevention of acute and overuse sports injuries: a systematic review, qualitative analysis and meta-analysis. Br J Sports Med 2018;52(24):1557–1563.',
    flags: [],
    kind: 'review',
  },
  Led10: {
    id: 'Led10',
    citation: 'Lederman E. The myth of core stability. J Bodyw Mov Ther 2010;14:84–98.',
    flags: [],
    kind: 'review',
  },
  Lieb06: {
    id: 'Lieb06',
    citation:
      'Lieberman DE, Raichlen DA, Pontzer H, Bramble DM, Cutright-Smith E. The human gluteus maximus and its role in running. J Exp Biol 2006;209:2143–2155.',
    link: 'https://doi.org/10.1242/jeb.02255',
    flags: [],
    kind: 'lab-study',
  },
  Lopes12: {
    id: 'Lopes12',
    citation:
      'Lopes AD, Hespanhol LC Jr, Yeung SS, Costa LOP. What are the main running-related musculoskeletal injuries? A systematic review. Sports Med 2012;42(10):891–905.',
    flags: [],
    kind: 'review',
  },
  MacA14: {
    id: 'MacA14',
    citation:
      'MacAskill MJ, Durant TJS, Wallace DA. Gluteal muscle activity during weightbearing and non-weightbearing exercise. Int J Sports Phys Ther, about 2014.',
    note: 'Publication year not re-verified.',
    flags: ['NV'],
    kind: 'lab-study',
  },
  Mah06: {
    id: 'Mah06',
    citation:
      'Mahieu NN, Witvrouw E, Stevens V, Van Tiggelen D, Roget P. Intrinsic risk factors for the development of Achilles tendon overuse injury: a prospective study. Am J Sports Med 2006;34(2):226–235.',
    flags: [],
    kind: 'cohort',
  },
  Mont94: {
    id: 'Mont94',
    citation:
      'Montgomery WH 3rd, Pink M, Perry J. Electromyographic analysis of hip and knee musculature during running. Am J Sports Med 1994;22(2):272–278.',
    link: 'https://doi.org/10.1177/036354659402200220',
    flags: [],
    kind: 'lab-study',
  },
  Neal19: {
    id: 'Neal19',
    citation:
      'Neal BS, Lack SD, Lankhorst NE, Raye A, Morrissey D, van Middelkoop M. Risk factors for patellofemoral pain: a systematic review and meta-analysis. Br J Sports Med 2019;53(5):270–281.',
    link: 'https://doi.org/10.1136/bjsports-2017-098890',
    flags: [],
    kind: 'review',
  },
  Cav80: {
    id: 'Cav80',
    citation:
      'Cavanagh PR, Lafortune MA. Ground reaction forces in distance running. J Biomech 1980;13(5):397–406. 17 runners at 4.5 m/s.',
    link: 'https://doi.org/10.1016/0021-9290(80)90033-0',
    note: 'From the abstract: the vertical force peaked at about 3 times body weight at that speed; about 2.5 times at easier paces is the usual textbook figure.',
    flags: [],
    kind: 'lab-study',
  },
  ScWi90: {
    id: 'ScWi90',
    citation:
      'Scott SH, Winter DA. Internal forces of chronic running injury sites. Med Sci Sports Exerc 1990;22(3):357–369.',
    note: 'A model of the internal forces at injury sites from measured running; its tendon-force ranges (patellar tendon about 4.7–6.9, Achilles about 6–8 times body weight) are as quoted by later papers, not re-read.',
    flags: ['NV'],
    kind: 'simulation',
  },
  Noeh14: {
    id: 'Noeh14',
    citation:
      'Noehren B, Schmitz A, Hempel R, Westlake C, Black W. Assessment of strength, flexibility, and running mechanics in males with iliotibial band syndrome. J Orthop Sports Phys Ther 2014;44(3):217–222.',
    link: 'https://doi.org/10.2519/jospt.2014.4991',
    flags: [],
    kind: 'cross-sectional',
  },
  Paav99: {
    id: 'Paav99',
    citation:
      'Paavolainen L, Häkkinen K, Hämäläinen I, Nummela A, Rusko H. Explosive-strength training improves 5-km running time by improving running economy and muscle power. J Appl Physiol 1999;86:1527–1533.',
    note: 'Numbers as summarised by Støren et al. 2008.',
    flags: ['SEC'],
    kind: 'training-trial',
  },
  Pete11: {
    id: 'Pete11',
    citation:
      "Petersen J, Thorborg K, Nielsen MB, Budtz-Jørgensen E, Hölmich P. Preventive effect of eccentric training on acute hamstring injuries in men's soccer: a cluster-randomized controlled trial. Am J Sports Med 2011;39(11):2296–2303.",
    link: 'https://doi.org/10.1177/0363546511419277',
    flags: [],
    kind: 'prevention-trial',
    startsAt: '2 × 5',
  },
  Pont09: {
    id: 'Pont09',
    citation:
      'Pontzer H, Holloway JH 4th, Raichlen DA, Lieberman DE. Control and function of arm swing in human walking and running. J Exp Biol 2009;212:523–534.',
    link: 'https://doi.org/10.1242/jeb.024927',
    flags: [],
    kind: 'lab-study',
  },
  Rath14: {
    id: 'Rath14',
    citation:
      'Rathleff MS, Rathleff CR, Crossley KM, Barton CJ. Is hip strength a risk factor for patellofemoral pain? A systematic review and meta-analysis. Br J Sports Med 2014;48:1088.',
    link: 'https://doi.org/10.1136/bjsports-2013-093305',
    flags: [],
    kind: 'review',
  },
  Sato09: {
    id: 'Sato09',
    citation:
      'Sato K, Mokha M. Does core strength training influence running kinetics, lower-extremity stability, and 5000-m performance in runners? J Strength Cond Res 2009;23(1):133–140.',
    link: 'https://doi.org/10.1519/JSC.0b013e31818eb0c5',
    flags: [],
    kind: 'training-trial',
  },
  Saun05: {
    id: 'Saun05',
    citation:
      'Saunders SW, Schache A, Rath D, Hodges PW. Changes in three dimensional lumbo-pelvic kinematics and trunk muscle activity with speed and mode of locomotion. Clin Biomech 2005;20(8):784–793.',
    link: 'https://doi.org/10.1016/j.clinbiomech.2005.04.004',
    flags: [],
    kind: 'lab-study',
  },
  Scha12: {
    id: 'Scha12',
    citation:
      'Schache AG, Dorn TW, Blanch PD, Brown NAT, Pandy MG. Mechanics of the human hamstring muscles during sprinting. Med Sci Sports Exerc 2012;44(4):647–658.',
    flags: [],
    kind: 'lab-study',
  },
  Stor08: {
    id: 'Stor08',
    citation:
      'Støren Ø, Helgerud J, Støa EM, Hoff J. Maximal strength training improves running economy in distance runners. Med Sci Sports Exerc 2008;40(6):1087–1092.',
    link: 'https://doi.org/10.1249/MSS.0b013e318168da2f',
    flags: [],
    kind: 'training-trial',
  },
  Thel05: {
    id: 'Thel05',
    citation:
      'Thelen DG, Chumanov ES, Hoerth DM, et al. Hamstring muscle kinematics during treadmill sprinting. Med Sci Sports Exerc 2005;37(1):108–114.',
    flags: [],
    kind: 'lab-study',
  },
  vdH15: {
    id: 'vdH15',
    citation:
      'van der Horst N, Smits D-W, Petersen J, Goedhart EA, Backx FJG. The preventive effect of the Nordic hamstring exercise on hamstring injuries in amateur soccer players: a randomized controlled trial. Am J Sports Med 2015;43(6):1316–1323.',
    link: 'https://doi.org/10.1177/0363546515574057',
    flags: [],
    kind: 'prevention-trial',
  },
  vGent07: {
    id: 'vGent07',
    citation:
      'van Gent RN, Siem D, van Middelkoop M, van Os AG, Bierma-Zeinstra SMA, Koes BW. Incidence and determinants of lower extremity running injuries in long distance runners: a systematic review. Br J Sports Med 2007;41:469–480.',
    link: 'https://doi.org/10.1136/bjsm.2006.033548',
    flags: [],
    kind: 'review',
  },
  Weir15: {
    id: 'Weir15',
    citation:
      'Weir A, et al. Doha agreement meeting on terminology and definitions in groin pain in athletes. Br J Sports Med 2015;49:768–774.',
    note: 'Read through an article in the International Journal of Sports Physical Therapy that cites it.',
    flags: ['SEC'],
    kind: 'consensus',
  },
  Wong14: {
    id: 'Wong14',
    citation:
      'Wong AYL, Parent EC, Funabashi M, Kawchuk GN, et al. Do changes in transversus abdominis and lumbar multifidus during conservative treatment explain changes in clinical outcomes related to nonspecific low back pain? A systematic review. J Pain 2014;15(4):377.e1–35.',
    link: 'https://doi.org/10.1016/j.jpain.2013.10.008',
    note: 'Author list and pages not re-verified.',
    flags: ['NV'],
    kind: 'review',
  },
  Yong14: {
    id: 'Yong14',
    citation:
      'Yong JR, Silder A, Delp SL. Differences in muscle activity between natural forefoot and rearfoot strikers during running. J Biomech 2014;47(15):3593–3597.',
    link: 'https://doi.org/10.1016/j.jbiomech.2014.10.015',
    flags: [],
    kind: 'lab-study',
  },
  Agg20: {
    id: 'Agg20',
    citation:
      'Aggarwal P, Jirankali V, Garg SK. Evaluation of plantar fascia using high-resolution ultrasonography in clinically diagnosed cases of plantar fasciitis. Pol J Radiol 2020;85:e375–e380.',
    flags: [],
    kind: 'cross-sectional',
  },
  Blag19: {
    id: 'Blag19',
    citation:
      'Blagrove RC, Hooper DR. Strength training for enhancing performance and reducing injury risk (book chapter).',
    note: 'Read through a library summary of the chapter.',
    flags: ['SEC'],
    kind: 'guideline',
    dosesFor: ['strength', 'plyometric', 'drill'],
  },
  Bos07: {
    id: 'Bos07',
    citation:
      'Bosquet L, Montpetit J, Arvisais D, Mujika I. Effects of tapering on performance: a meta-analysis. Med Sci Sports Exerc 2007;39(8):1358–1365.',
    flags: [],
    kind: 'review',
  },
  Ces21: {
    id: 'Ces21',
    citation:
      'Berryman N, Mujika I, Bosquet L. Effects of short-term concurrent training cessation on the energy cost of running and neuromuscular performances in middle-distance runners. Sports (Basel) 2021;9(1):1.',
    link: 'https://doi.org/10.3390/sports9010001',
    note: 'Eight runners, four with added jumps and four with explosive weight training for 8 weeks, then 4 weeks without; from the abstract.',
    flags: [],
    kind: 'training-trial',
  },
  Delphi25: {
    id: 'Delphi25',
    citation:
      'Hoenig T, Hollander K, Popp KL, et al. International Delphi consensus on bone stress injuries in athletes. Br J Sports Med 2025;59(2):78–90.',
    flags: [],
    kind: 'consensus',
  },
  Hack17: {
    id: 'Hack17',
    citation:
      'Hackett DA, et al. Accuracy in estimating repetitions to failure during resistance exercise. J Strength Cond Res 2017;31(8):2162–2168.',
    flags: [],
    kind: 'lab-study',
  },
  HL17: {
    id: 'HL17',
    citation:
      'Hébert-Losier K, Wessman C, Alricsson M, Svantesson U. Updated reliability and normative values for the standing heel-rise test in healthy adults. Physiotherapy 2017;103(4):446–452.',
    note: 'Metronome detail from a later thesis (secondary).',
    flags: ['SEC'],
    kind: 'cross-sectional',
  },
  Luns95: {
    id: 'Luns95',
    citation:
      'Lunsford BR, Perry J. The standing heel-rise test for ankle plantar flexion: criterion for normal. Phys Ther 1995;75(8):694–698.',
    note: 'Read from the abstract as summarised elsewhere; the 25-repetition criterion is not re-verified.',
    flags: ['SEC', 'NV'],
    kind: 'cross-sectional',
  },
  Freck14: {
    id: 'Freck14',
    citation:
      'Freckleton G, Cook J, Pizzari T. The predictive validity of a single leg bridge test for hamstring injuries in Australian Rules Football players. Br J Sports Med 2014;48:713–717.',
    note: 'Score bands (poor, average, good) from a clinic summary of the study.',
    flags: ['SEC'],
    kind: 'cohort',
  },
  McG99: {
    id: 'McG99',
    citation:
      'McGill SM, Childs A, Liebenson C. Endurance times for low back stabilization exercises: clinical targets for testing and training from a normal database. Arch Phys Med Rehabil 1999;80(8):941–944.',
    note: 'Ratios checked; the mean seconds and the 0.95–1.05 side-to-side target are as commonly reported.',
    flags: ['NV', 'SEC'],
    kind: 'cross-sectional',
  },
  Cross11: {
    id: 'Cross11',
    citation:
      'Crossley KM, Zhang WJ, Schache AG, Bryant A, Cowan SM. Performance on the single-leg squat task indicates hip abductor muscle function. Am J Sports Med 2011;39(4):866–873.',
    note: 'Protocol and rating details as commonly reported.',
    flags: ['NV'],
    kind: 'cross-sectional',
  },
  Hoch11: {
    id: 'Hoch11',
    citation:
      'Hoch MC, McKeon PO. Normative range of weight-bearing lunge test performance asymmetry in healthy adults. Man Ther 2011;16(5):516–519.',
    note: 'Read through a physiotherapist’s summary.',
    flags: ['SEC'],
    kind: 'cross-sectional',
  },
  Benn98: {
    id: 'Benn98',
    citation:
      'Bennell KL, Talbot RC, Wajswelner H, et al. Intra-rater and inter-rater reliability of a weight-bearing lunge measure of ankle dorsiflexion. Aust J Physiother 1998;44:175–180.',
    flags: [],
    kind: 'lab-study',
  },
  Logan: {
    id: 'Logan',
    citation: 'Logan Physio. Baseline fitness norms (clinic web page).',
    note: 'A clinic’s norms; no primary study found behind them.',
    flags: ['SEC'],
    kind: 'clinic-page',
  },
  Helms16: {
    id: 'Helms16',
    citation:
      'Helms ER, Cronin J, Storey A, Zourdos MC. Application of the repetitions in reserve-based rating of perceived exertion scale for resistance training. Strength Cond J 2016;38(4):42–49.',
    flags: [],
    kind: 'review',
  },
  Knob25: {
    id: 'Knob25',
    citation:
      'Knobloch AC, et al. Bone stress injuries in endurance athletes. Curr Sports Med Rep 2025;24(9):281–291.',
    flags: [],
    kind: 'review',
  },
  Lee20: {
    id: 'Lee20',
    citation:
      'Lee MJ-C, Ballantyne JK, Chagolla J, Hopkins WG, Fyfe JJ, Phillips SM, Bishop DJ, Bartlett JD. Order of same-day concurrent training influences some indices of power development, but not strength, lean mass, or aerobic fitness in healthy, moderately-active men after 9 weeks of training. PLoS One 2020;15(5):e0233134. 29 men, interval cycling about 3 hours before or after lifting.',
    link: 'https://doi.org/10.1371/journal.pone.0233134',
    flags: [],
    kind: 'training-trial',
  },
  Mount23: {
    id: 'Mount23',
    citation:
      'Mountjoy M, et al. 2023 International Olympic Committee consensus statement on relative energy deficiency in sport (REDs). Br J Sports Med 2023;57:1073–1098.',
    flags: [],
    kind: 'consensus',
  },
  Noeh07: {
    id: 'Noeh07',
    citation:
      'Noehren B, Davis I, Hamill J. Prospective study of the biomechanical factors associated with iliotibial band syndrome. Clin Biomech 2007;22:951–956.',
    flags: ['NV'],
    kind: 'cohort',
  },
  NSCA: {
    id: 'NSCA',
    citation:
      'Baechle TR, Earle RW (eds). Essentials of Strength Training and Conditioning (NSCA), the "2-for-2" rule for raising the load.',
    note: 'Read through coaching summaries of the textbook.',
    flags: ['SEC'],
    kind: 'guideline',
    dosesFor: ['strength'],
  },
  Plot23: {
    id: 'Plot23',
    citation:
      'Plotkin DL, et al. Hip thrust and back squat training elicit similar gluteus muscle hypertrophy and transfer similarly to the deadlift. 2023 (PMC10593473).',
    flags: [],
    kind: 'training-trial',
  },
  Rio15: {
    id: 'Rio15',
    citation:
      'Rio E, Kidgell D, Purdam C, et al. Isometric exercise induces analgesia and reduces inhibition in patellar tendinopathy. Br J Sports Med 2015;49:1277–1283.',
    flags: ['NV'],
    kind: 'treatment-trial',
  },
  Ronn10: {
    id: 'Ronn10',
    citation:
      'Rønnestad BR, Hansen EA, Raastad T. In-season strength maintenance training increases well-trained cyclists’ performance. Eur J Appl Physiol 2010;110:1269–1282.',
    flags: [],
    kind: 'training-trial',
  },
  Schu22: {
    id: 'Schu22',
    citation:
      'Schumann M, et al. Compatibility of concurrent aerobic and strength training for skeletal muscle size and function: an updated systematic review and meta-analysis. Sports Med 2022.',
    note: 'Figures as summarised in teaching material, not re-checked against the paper.',
    flags: ['SEC', 'NV'],
    kind: 'review',
  },
  Silb07: {
    id: 'Silb07',
    citation:
      'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. Am J Sports Med 2007;35(6):897–906.',
    note: 'Pain thresholds as usually summarised by physiotherapists.',
    flags: ['SEC'],
    kind: 'treatment-trial',
  },
  StatP: {
    id: 'StatP',
    citation:
      'StatPearls, "Stress fractures" and clinic pages on bone stress injury (CSCM Group, "Indicators of bony stress injury").',
    flags: ['SEC'],
    kind: 'clinic-page',
  },
  Wang23: {
    id: 'Wang23',
    citation:
      'Wang Z, et al. Effects of tapering on performance in endurance athletes: a systematic review and meta-analysis. PLoS One 2023;18(5):e0282838.',
    flags: [],
    kind: 'review',
  },
  Rath15: {
    id: 'Rath15',
    citation:
      'Rathleff MS, Mølgaard CM, Fredberg U, Kaalund S, Andersen KB, Jensen TT, Aaskov S, Olesen JL. High-load strength training improves outcome in patients with plantar fasciitis: a randomized controlled trial with 12-month follow-up. Scand J Med Sci Sports 2015;25(3):e292–e300.',
    link: 'https://doi.org/10.1111/sms.12313',
    note: '48 patients; the 12 → 10 → 8RM steps and the 3-2-3 s tempo as summarised by physiotherapy sources, not re-checked against the full text.',
    flags: ['SEC'],
    kind: 'treatment-trial',
    startsAt: '3 × 12',
  },
  Mell18: {
    id: 'Mell18',
    citation:
      'Mellor R, Bennell K, Grimaldi A, Nicolson P, Kasza J, Hodges P, Wajswelner H, Vicenzino B. Education plus exercise versus corticosteroid injection use versus a wait and see approach on global outcome and pain from gluteal tendinopathy: prospective, single blinded, randomised clinical trial. BMJ 2018;361:k1662.',
    link: 'https://doi.org/10.1136/bmj.k1662',
    note: 'Numbers from the abstract; the exercise programme itself was not re-read.',
    flags: [],
    kind: 'treatment-trial',
  },
  Breda21: {
    id: 'Breda21',
    citation:
      'Breda SJ, Oei EHG, Zwerver J, Visser E, Waarsing E, Krestin GP, de Vos R-J. Effectiveness of progressive tendon-loading exercise therapy in patients with patellar tendinopathy: a randomised clinical trial. Br J Sports Med 2021;55(9):501–509.',
    link: 'https://doi.org/10.1136/bjsports-2020-103403',
    note: 'Design and result from the abstract; the pain limit of 3 out of 10 for moving between stages is as commonly summarised.',
    flags: ['NV'],
    kind: 'treatment-trial',
  },
  Askl13: {
    id: 'Askl13',
    citation:
      'Askling CM, Tengvar M, Thorstensson A. Acute hamstring injuries in Swedish elite football: a prospective randomised controlled clinical trial comparing two rehabilitation protocols. Br J Sports Med 2013;47(15):953–959.',
    link: 'https://doi.org/10.1136/bjsports-2013-092165',
    note: 'Exercise doses (extender 3 × 12 twice daily, diver 3 × 6 every other day, glider 3 × 4 every third day) as the authors present them in talks and clinics summarise them.',
    flags: ['SEC'],
    kind: 'treatment-trial',
    startsAt: ['3 × 12', '3 × 6', '3 × 4'],
  },
  Hick20: {
    id: 'Hick20',
    citation:
      'Hickey JT, Timmins RG, Maniar N, Rio E, Hickey PF, Pitcher CA, Williams MD, Opar DA. Pain-free versus pain-threshold rehabilitation following acute hamstring strain injury: a randomized controlled trial. J Orthop Sports Phys Ther 2020;50(2):91–103.',
    link: 'https://doi.org/10.2519/jospt.2020.8895',
    note: 'Results from the abstract (43 men; return to play 15 vs 17 days; 15 % more knee-flexor strength with pain allowed). The pain limit of 4 out of 10 for the pain-threshold group is as the trial is usually summarised, not re-read.',
    flags: ['NV'],
    kind: 'treatment-trial',
  },
  ONeill19: {
    id: 'ONeill19',
    citation:
      'O’Neill S, Radia J, Bird K, Rathleff MS, Bandholm T, Jorgensen M, Thorborg K. Acute sensory and motor response to 45-s heavy isometric holds for the plantar flexors in patients with Achilles tendinopathy. Knee Surg Sports Traumatol Arthrosc 2019;27(9):2765–2773.',
    link: 'https://doi.org/10.1007/s00167-018-5050-z',
    flags: [],
    kind: 'case-series',
  },
  vdVlist20: {
    id: 'vdVlist20',
    citation:
      'van der Vlist AC, van Veldhoven PLJ, van Oosterom RF, Verhaar JAN, de Vos R-J. Isometric exercises do not provide immediate pain relief in Achilles tendinopathy: a quasi-randomized clinical trial. Scand J Med Sci Sports 2020;30(9):1712–1721.',
    link: 'https://doi.org/10.1111/sms.13728',
    flags: [],
    kind: 'treatment-trial',
  },
  Halp22: {
    id: 'Halp22',
    citation:
      'Halperin I, Malleron T, Har-Nir I, Androulakis-Korakakis P, Wolf M, Fisher J, Steele J. Accuracy in predicting repetitions to task failure in resistance exercise: a scoping review and exploratory meta-analysis. Sports Med 2022;52(2):377–390.',
    link: 'https://doi.org/10.1007/s40279-021-01559-x',
    flags: [],
    kind: 'review',
  },
  vDyk19: {
    id: 'vDyk19',
    citation:
      'van Dyk N, Behan FP, Whiteley R. Including the Nordic hamstring exercise in injury prevention programmes halves the rate of hamstring injuries: a systematic review and meta-analysis of 8459 athletes. Br J Sports Med 2019;53(21):1362–1370.',
    link: 'https://doi.org/10.1136/bjsports-2018-100045',
    flags: [],
    kind: 'review',
  },
  Impel21: {
    id: 'Impel21',
    citation:
      'Impellizzeri FM, McCall A, van Smeden M. Why methods matter in a meta-analysis: a reappraisal showed inconclusive injury preventive effect of Nordic hamstring exercise. J Clin Epidemiol 2021;140:111–124.',
    note: 'Conclusion from the title and abstract; page numbers not re-verified.',
    flags: ['NV'],
    kind: 'review',
  },
  Tores20: {
    id: 'Tores20',
    citation:
      'Toresdahl BG, McElheny K, Metzl J, Ammerman B, Chang B, Kinderknecht J. A randomized study of a strength training program to prevent injuries in runners of the New York City Marathon. Sports Health 2020;12(1):74–79.',
    link: 'https://doi.org/10.1177/1941738119877180',
    flags: [],
    kind: 'prevention-trial',
  },
  Nova98: {
    id: 'Nova98',
    citation: 'Novacheck TF. The biomechanics of running. Gait Posture 1998;7(1):77–95.',
    link: 'https://doi.org/10.1016/S0966-6362(97)00038-6',
    note: 'Joint angles and muscle timing as commonly quoted from this review; not re-read in full.',
    flags: ['NV'],
    kind: 'review',
  },
  Matij19: {
    id: 'Matij19',
    citation:
      'Matijevich ES, Branscombe LM, Scott LR, Zelik KE. Ground reaction force metrics are not strongly correlated with tibial bone load when running across speeds and slopes: implications for science, sport and wearable tech. PLoS One 2019;14(1):e0210000.',
    link: 'https://doi.org/10.1371/journal.pone.0210000',
    flags: [],
    kind: 'lab-study',
  },
  Frank15: {
    id: 'Frank15',
    citation:
      'Franklyn M, Oakes B. Aetiology and mechanisms of injury in medial tibial stress syndrome: current and future developments. World J Orthop 2015;6(8):577–589.',
    link: 'https://doi.org/10.5312/wjo.v6.i8.577',
    flags: [],
    kind: 'review',
  },
  Spurrs03: {
    id: 'Spurrs03',
    citation:
      'Spurrs RW, Murphy AJ, Watsford ML. The effect of plyometric training on distance running performance. Eur J Appl Physiol 2003;89(1):1–7.',
    link: 'https://doi.org/10.1007/s00421-002-0741-y',
    note: 'Result from the abstract; the weekly contact numbers were not read.',
    flags: [],
    kind: 'training-trial',
  },
  Warden14: {
    id: 'Warden14',
    citation:
      'Warden SJ, Davis IS, Fredericson M. Management and prevention of bone stress injuries in long-distance runners. J Orthop Sports Phys Ther 2014;44(10):749–765.',
    link: 'https://doi.org/10.2519/jospt.2014.5334',
    note: 'The graded return to running as commonly summarised; not re-read.',
    flags: ['NV'],
    kind: 'review',
  },
  Finucane20: {
    id: 'Finucane20',
    citation:
      'Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372.',
    link: 'https://doi.org/10.2519/jospt.2020.9971',
    note: 'The IFOMPT framework (cauda equina syndrome, spinal fracture, malignancy and infection) as summarised in its abstract; the full text not re-read.',
    flags: ['NV'],
    kind: 'consensus',
  },
  Clif20: {
    id: 'Clif20',
    citation:
      'Clifford C, Challoumas D, Paul L, Syme G, Millar NL. Effectiveness of isometric exercise in the management of tendinopathy: a systematic review and meta-analysis of randomised trials. BMJ Open Sport Exerc Med 2020;6(1):e000760.',
    link: 'https://doi.org/10.1136/bmjsem-2020-000760',
    note: 'Ten trials (four patellar); isometric exercise was no better than isotonic exercise straight after treatment or up to 12 weeks (limited evidence). From the abstract.',
    flags: [],
    kind: 'review',
  },
  Cross16: {
    id: 'Cross16',
    citation:
      'Crossley KM, van Middelkoop M, Callaghan MJ, Collins NJ, Rathleff MS, Barton CJ. 2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions). Br J Sports Med 2016;50(14):844–852.',
    link: 'https://doi.org/10.1136/bjsports-2016-096268',
    note: 'Its recommendation of combined hip and knee exercise as commonly summarised; not re-read in full.',
    flags: ['NV'],
    kind: 'consensus',
  },
  Willy19: {
    id: 'Willy19',
    citation:
      'Willy RW, Hoglund LT, Barton CJ, Bolgla LA, Scalzitti DA, Logerstedt DS, Lynch AD, Snyder-Mackler L, McDonough CM. Patellofemoral pain: clinical practice guidelines linked to the International Classification of Functioning, Disability and Health from the Academy of Orthopaedic Physical Therapy of the American Physical Therapy Association. J Orthop Sports Phys Ther 2019;49(9):CPG1–CPG95.',
    link: 'https://doi.org/10.2519/jospt.2019.0302',
    note: 'Its recommendation of hip- and knee-targeted exercise as commonly summarised; not re-read in full.',
    flags: ['NV'],
    kind: 'guideline',
  },
  Tay18: {
    id: 'Tay18',
    citation:
      'Taylor R, Vuckovic Z, Mosler A, Agricola R, Otten R, Jacobsen P, Hölmich P, Weir A. Multidisciplinary assessment of 100 athletes with groin pain using the Doha agreement: high prevalence of adductor-related groin pain in conjunction with multiple causes. Clin J Sport Med 2018;28(4):364–369.',
    link: 'https://doi.org/10.1097/JSM.0000000000000469',
    note: 'From the abstract: 100 consecutive athletes at one groin-pain clinic, 98 % men, 60 % footballers; adductor-related pain was the most common defined kind (61 %), and 44 % had more than one cause.',
    flags: [],
    kind: 'cross-sectional',
  },
  Kong09: {
    id: 'Kong09',
    citation:
      'Kongsgaard M, Kovanen V, Aagaard P, Doessing S, Hansen P, Laursen AH, Kaldau NC, Kjaer M, Magnusson SP. Corticosteroid injections, eccentric decline squat training and heavy slow resistance training in patellar tendinopathy. Scand J Med Sci Sports 2009;19(6):790–802.',
    link: 'https://doi.org/10.1111/j.1600-0838.2009.00949.x',
    note: 'Design and result from the abstract (39 men, 12 weeks; heavy slow resistance kept its gains at six months, injections did not). The dose (about 15RM down to 6RM, 3 s up and 3 s down, three times a week) is as the trial is usually summarised, not re-read.',
    flags: ['NV'],
    kind: 'treatment-trial',
  },
  Goom16: {
    id: 'Goom16',
    citation:
      'Goom TSH, Malliaras P, Reiman MP, Purdam CR. Proximal hamstring tendinopathy: clinical aspects of assessment and management. J Orthop Sports Phys Ther 2016;46(6):483–493.',
    link: 'https://doi.org/10.2519/jospt.2016.5986',
    note: 'Clinical commentary: isometric holds with the hip fairly straight first, then two-legged and then single-leg work, avoiding hip bends under load early. Not re-read.',
    flags: ['NV'],
    kind: 'review',
  },
  Holm99: {
    id: 'Holm99',
    citation:
      'Hölmich P, Uhrskou P, Ulnits L, Kanstrup IL, Nielsen MB, Bjerg AM, Krogsgaard K. Effectiveness of active physical training as treatment for long-standing adductor-related groin pain in athletes: randomised trial. Lancet 1999;353(9151):439–443.',
    link: 'https://doi.org/10.1016/S0140-6736(98)03340-6',
    note: 'The first module (ball squeezes, 10 × 30 s) as a Cochrane review tabulates it.',
    flags: ['SEC'],
    kind: 'treatment-trial',
    startsAt: '10 × 30 s',
  },
  // The stride lab (src/domain/stride/lab-data.ts): numbers checked against each abstract, or the table named.
  Lenh14: {
    id: 'Lenh14',
    citation:
      'Lenhart RL, Thelen DG, Wille CM, Chumanov ES, Heiderscheit BC. Increasing running step rate reduces patellofemoral joint forces. Med Sci Sports Exerc 2014;46(3):557–564.',
    link: 'https://doi.org/10.1249/MSS.0b013e3182a78c3a',
    flags: [],
    kind: 'simulation',
  },
  LenhHip14: {
    id: 'LenhHip14',
    citation:
      'Lenhart R, Thelen D, Heiderscheit B. Hip muscle loads during running at various step rates. J Orthop Sports Phys Ther 2014;44(10):766–774.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4296582/',
    note: 'Forces from its Table 1 (peak muscle force, N/kg, at 90, 100 and 110 % step rate). Volume and pages not re-checked.',
    flags: [],
    kind: 'simulation',
  },
  Heid11: {
    id: 'Heid11',
    citation:
      'Heiderscheit BC, Chumanov ES, Michalski MP, Wille CM, Ryan MB. Effects of step rate manipulation on joint mechanics during running. Med Sci Sports Exerc 2011;43(2):296–302.',
    link: 'https://doi.org/10.1249/MSS.0b013e3181ebedf4',
    flags: [],
    kind: 'lab-study',
  },
  Wills14: {
    id: 'Wills14',
    citation:
      'Willson JD, Sharpee R, Meardon SA, Kernozek TW. Effects of step length on patellofemoral joint stress in female runners with and without patellofemoral pain. Clin Biomech 2014;29(3):243–247.',
    flags: [],
    kind: 'lab-study',
  },
  Wills15: {
    id: 'Wills15',
    citation:
      'Willson JD, Ratcliff OM, Meardon SA, Willy RW. Influence of step length and landing pattern on patellofemoral joint kinetics during running. Scand J Med Sci Sports 2015;25(6):736–743.',
    link: 'https://doi.org/10.1111/sms.12383',
    note: 'Authors other than the first as commonly cited; not re-checked.',
    flags: [],
    kind: 'lab-study',
  },
  Vann15: {
    id: 'Vann15',
    citation:
      'Vannatta CN, Kernozek TW. Patellofemoral joint stress during running with alterations in foot strike pattern. Med Sci Sports Exerc 2015;47(5):1001–1008.',
    link: 'https://doi.org/10.1249/MSS.0000000000000503',
    flags: [],
    kind: 'lab-study',
  },
  Almo13: {
    id: 'Almo13',
    citation:
      'Almonroeder T, Willson JD, Kernozek TW. The effect of foot strike pattern on Achilles tendon load during running. Ann Biomed Eng 2013;41(8):1758–1766.',
    link: 'https://doi.org/10.1007/s10439-013-0819-1',
    flags: [],
    kind: 'simulation',
  },
  Scha15: {
    id: 'Scha15',
    citation:
      'Schache AG, Brown NAT, Pandy MG. Modulation of work and power by the human lower-limb joints with increasing steady-state locomotion speed. J Exp Biol 2015;218(15):2472–2481.',
    link: 'https://journals.biologists.com/jeb/article/218/15/2472/14282/Modulation-of-work-and-power-by-the-human-lower',
    flags: [],
    kind: 'lab-study',
  },
  Chen16: {
    id: 'Chen16',
    citation:
      'Chen TL, An WW, Chan ZYS, Au IPH, Zhang ZH, Cheung RTH. Immediate effects of modified landing pattern on a probabilistic tibial stress fracture model in runners. Clin Biomech 2016;33:49–54.',
    note: '14 experienced heel strikers on an instrumented treadmill, switching landing with feedback; peak tibial strain from computational models. Shown in the lab only as a pointer, no figure.',
    flags: [],
    kind: 'simulation',
  },
  Han25: {
    id: 'Han25',
    citation:
      'Han S, Moon J, Lee J, Han S, Sterzing T, Farris D, Rice H. Influence of manipulating running foot strike angle on internal loading of the tibia. Scand J Med Sci Sports 2025.',
    link: 'https://doi.org/10.1111/sms.70066',
    note: '19 habitual heel strikers, imposed heel and forefoot landings; tibial bending from a musculoskeletal model and beam theory. Shown in the lab only as a pointer, no figure. Volume and pages not checked.',
    flags: [],
    kind: 'simulation',
  },
  Nish25: {
    id: 'Nish25',
    citation:
      'Nishiguchi H, Takabayashi T, Kikumoto T, Kubo M. Effects of foot-strike patterns during running on cumulative load of Achilles tendon force, plantar fascia force, and patellofemoral joint stress. J Sports Sci Med 2025;24:747–754.',
    link: 'https://doi.org/10.52082/jssm.2025.747',
    note: '20 healthy adults ran barefoot with heel, midfoot and forefoot landings at 10 km/h (motion capture and force plates). Shown in the lab only as a pointer, no figure.',
    flags: [],
    kind: 'lab-study',
  },
  Kasm13: {
    id: 'Kasm13',
    citation:
      'Kasmer ME, Liu XC, Roberts KG, Valadao JM. Foot-strike pattern and performance in a marathon. Int J Sports Physiol Perform 2013;8(3):286–292.',
    link: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4801105/',
    note: 'Journal volume and pages not re-checked; the counts are from the abstract.',
    flags: [],
    kind: 'cross-sectional',
  },
} as const satisfies Readonly<Record<string, Source>>

export type SourceId = keyof typeof SOURCES

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]

const SOURCE_SET: ReadonlySet<string> = new Set(SOURCE_IDS)

export function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && SOURCE_SET.has(value)
}
