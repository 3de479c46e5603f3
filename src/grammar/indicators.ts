// The indicator grammar (grammars/indicators.yaml): its zod schema and the compiled form the
// indicator stage uses.
import { compilePattern, GrammarError } from './load.js';
import type { Comparator, IndicatorGrammarSource, UnitKind } from './schemas.js';
import { readHanzi } from '../numbers/index.js';
import { WordSet } from './words.js';

export type { Comparator, IndicatorGrammarSource, UnitKind };


export interface UnitInfo {
  unit: string;
  kind: UnitKind;
  scale: number | undefined;
  hanzi: boolean;
  object: 'first' | 'last';
  /** A length, area or volume of works (79公里大堤): a quantity to deliver whatever verb it has. */
  size: boolean;
  /** An amount of money (元): like a measure, it can qualify a noun (50万元以上的村) rather than count it. */
  amount?: boolean;
  /** A count of people: bounded and followed by a noun it does not count, it qualifies that noun (56人以上超大班额). */
  qualifier?: boolean;
  /** A multiple of a base (倍, 番): like a rate, a change of the metric before its verb, never a count of an object. */
  multiple?: boolean;
  /** A number right after the unit makes it the link of a pairing (1对1帮扶), no unit of the number before. */
  link?: boolean;
  /** The unit that counts the same things, per showing or per batch (场次 and 场): a part in one is a part of a total in the other. */
  sameAs?: string;
  /** Characters that, right after the unit, show its last characters to start a noun (个班 before 级 in 3个班级): no unit there. */
  notBefore?: WordSet;
}

export interface IndicatorGrammar {
  /** Written form (unit or alias) → unit. */
  units: Map<string, UnitInfo>;
  unitWords: WordSet;
  multipliers: Map<string, number>;
  gradeUnits: WordSet;
  /** Units of a regulation's classes written in Chinese numerals (二类以上医疗器械): grammar classNumeralUnits. */
  classNumeralUnits: WordSet;
  gradeStandards: WordSet;
  gradeNouns: WordSet;
  gradedInstitutions: WordSet;
  gradedInstitutionVerbs: WordSet;
  prefixUnits: Array<{ prefix: string; unit: UnitInfo }>;
  wholeWords: Array<{ word: string; value: number; unit: UnitInfo }>;
  damaged: Array<{ mark: string; unit: UnitInfo; before: WordSet; after: WordSet | undefined }>;
  comparatorsBefore: Map<string, Comparator>;
  comparatorsAfter: Map<string, Comparator>;
  before: WordSet;
  after: WordSet;
  comparatorFrames: Array<{ before: string; after: string; comparator: Comparator }>;
  leadComparators: WordSet;
  /** Comparators that bound a number only right before it (前3名); elsewhere in the predicate they belong to another phrase. */
  adjacentComparators: WordSet;
  deadlineVerbs: WordSet;
  /** Words of manner between a time allowed and its step (依法, 及时): skipped as adverbs are. */
  stepManners: WordSet;
  /** Light verbs after a time allowed (予以, 进行): whatever act follows one is the step. */
  stepLightVerbs: WordSet;
  /** Words that open the duty a condition triggers right after its 的 (…超过1.2mg/L的及时报告): grammars/indicators.yaml conditionDuties. */
  conditionDuties: WordSet;
  /** Words that open the consequence of a definition, 即 and its act (…3例及以上…病例即按聚集性疫情处置): grammars/indicators.yaml
   *  definitionConsequences. */
  definitionConsequences: WordSet;
  /** Marks of the time a condition is met right after a value (…80%时启动): grammars/indicators.yaml triggerMarks. */
  triggerMarks: WordSet;
  /** Nouns that begin with 时 and mark no condition (时间, 时段): grammars/indicators.yaml triggerFalseFriends. */
  triggerFalseFriends: WordSet;
  targetVerbs: WordSet;
  copulas: WordSet;
  notCopulas: WordSet;
  changeVerbs: WordSet;
  objectVerbs: WordSet;
  notVerbs: WordSet;
  /** Statistical terms that hold an object verb (新增就业): the verb in them opens no object. */
  verbNouns: WordSet;
  /** The verbs of admitting members (发展), see grammar memberAdmissionVerbs. */
  memberAdmissionVerbs: WordSet;
  /** The members an organisation admits (党员, 团员, 会员), see grammar memberNouns. */
  memberNouns: WordSet;
  /** Terms that name their count with the group before them where no object verb governs the clause (就业困难人员就业3000人). */
  groupTerms: WordSet;
  /** Verbs that after a subject only say it reached the amount (地区生产总值完成412.6亿元): no part of the name. */
  reachVerbs: WordSet;
  /** Object verbs that stay in the name of the count they set (惠及居民2.1万户 → 惠及居民). */
  namingVerbs: WordSet;
  /** Verbs of works whose listed objects (…、…等5座水厂) make the count after 等 an amount to deliver. */
  listWorksVerbs: WordSet;
  /** Verbs of completion that make the count after 等 an amount to deliver when a verb of works names the works after its noun (完成…等5处旧址的修缮). */
  listCompletionVerbs: WordSet;
  /** The parts a plan is made of (指标): a count of them is no target (grammars/indicators.yaml planStructureNouns). */
  planStructureNouns: WordSet;
  /** The units a plan counts its indicators and their kinds in (4类14项指标): grammar planStructureCounts. */
  planStructureCounts: WordSet;
  /** The verbs a plan sets its own indicators with (共设置20项核心指标): grammar planStructureVerbs. */
  planStructureVerbs: WordSet;
  /** The plan itself as the subject of a sentence (本规划提出…): grammar planSelfSubjects. */
  planSelfSubjects: WordSet;
  /** The tasks and measures a plan is made of (13项重点任务, 20条措施), counted where it describes itself: grammar planContentNouns. */
  planContentNouns: WordSet;
  /** The units a plan counts its tasks and measures in (项, 条): grammar planContentCounts. */
  planContentCounts: WordSet;
  /** The groups a plan sorts its tasks or indicators into, counted before them (4个方面12项重点任务): grammar planPartGroups. */
  planPartGroups: WordSet;
  /** How an evaluation tallies the plan's own indicators (11项指标完成, 2项未完成): grammar planTallyVerbs. */
  planTallyVerbs: WordSet;
  /** Verbs of a place in a ranking after the field ranked (18个县（市、区）中排名第8位): grammar rankVerbs. */
  rankVerbs: WordSet;
  /** How a metric's name ends when no head word closes it (教师数, 巩固率): grammar statisticEnds. */
  statisticEnds: WordSet;
  /** How the name of a count ends that a copula sets the level of (有效注册商标总量为21.6万件): grammar copulaCountEnds. */
  copulaCountEnds: WordSet;
  /** Words that end so and name no count (多数, 质量): grammar notCopulaCountEnds. */
  notCopulaCountEnds: WordSet;
  /** How the name of an age ends that a copula sets the level of (人均预期寿命为79.8岁): grammar copulaAgeEnds. */
  copulaAgeEnds: WordSet;
  /** Verbs that further a work named as a noun (加强…建设): grammar furtheringVerbs. */
  furtheringVerbs: WordSet;
  /** Verbs of sharing a cost after a ratio and its 比例 (按6:4的比例分担): grammar costSharingVerbs. */
  costSharingVerbs: WordSet;
  /** Negations that open the state of a counted noun (滩涂未完成规范整改 → 未完成规范整改滩涂), and words that hold one. */
  negations: WordSet;
  notNegations: WordSet;
  /** Relative periods whose 一 counts nothing (上一年度, 下一季度): see quantity.ts numberAt. */
  relativePeriods: WordSet;
  /** Verbs of being in a state that, after the noun a count counts, open that state (12座水库存在安全隐患): named state first. */
  stateVerbs: WordSet;
  /** Words that end in 存 before 在 and hold no 存在 (保存在, 储存在). */
  notStateVerbs: WordSet;
  /** Amounts (投资, 年度投资) that, right after a count of projects (…项目150个), are those projects'. */
  projectAmounts: WordSet;
  reachTerms: WordSet;
  projectHeads: WordSet;
  /** Acts of construction that name a work by what is done to it (除险加固, 节水改造), counted as works after a verb of carrying
   *  out (grammar worksActHeads). */
  worksActHeads: WordSet;
  /** Verbs that push named works on (加快…建设): the works whose investment a later clause sets (grammar worksPushVerbs). */
  worksPushVerbs: WordSet;
  /** Verbs of carrying works out (实施, 推进): a count right after them of a noun ending in a project head is the works' number. */
  carryOutVerbs: WordSet;
  /** Verbs that engage an agent to do the act the next verb names (聘请, 委托, 组织): the count is that act's. */
  engagingVerbs: WordSet;
  /** The acts an engaged agent carries out whose count names the act (开展, 举办). */
  engagedActs: WordSet;
  /** Verbs after 为 and the people counted whose object is the service they receive (提供, 实施): named people + service. */
  servicesReceived: WordSet;
  /** Aspect particles a verb carries (提供了, 设置了), dropped with it or from a modifying clause: grammar aspectParticles. */
  aspectParticles: WordSet;
  /** Prepositions of the sites a measure is carried out in, right before their count (在3个县开展试点). */
  sitePrepositions: WordSet;
  /** Words before the whole territory (全县, 辖区) that make the count of its divisions after it the scope of a measure (覆盖, 面向). */
  territoryScopeWords: WordSet;
  /** Names of a size that open a bracketed aside on the noun before it (（面积1200平方米）): a description, no level. */
  sizeAsideNames: WordSet;
  /** Hydrological quantities read at a station (水位, 流量): a stage or discharge after one, bare, is a fact of the river, no level. */
  gaugeNames: WordSet;
  /** The units a stage or discharge is read in (米, 立方米). */
  gaugeUnits: WordSet;
  /** Nouns of recorded content counted by running time (数字资源, 视频, 影像资料): hours after one are content to deliver. */
  recordedContentNouns: WordSet;
  /** Units of running time (小时, 分钟). */
  runningTimeUnits: WordSet;
  /** Events of weather and water a place goes through (编号洪水, 暴雨过程, 台风): their count is set by nature, no item. */
  naturalEvents: WordSet;
  siteWords: WordSet;
  /** The sizes that particularise a site (建筑面积, 占地面积): grammar siteSizes. */
  siteSizes: WordSet;
  /** The sizes a place profile opened by where the place lies gives (面积, 海拔): grammar profileSizes. */
  profileSizes: WordSet;
  /** What makes a measure's sites chosen ones, after 在全县 (开展…试点): grammar pilotWords. */
  pilotWords: WordSet;
  /** Verbs after 为 and the institutions counted whose object is what they are equipped with (更新, 配备): named 更新…的 + institutions. */
  equipmentProvided: WordSet;
  /** objectVerbs and the verbs that set a count only of an object named between them and the number (实施…项目150个). */
  objectVerbsBeforeNoun: WordSet;
  /** …and before an amount of money, with the verbs that set money only (grammar fundVerbs: 整合; poolVerbs: 统筹, not before
   *  the nouns it begins, poolNouns: 统筹基金). */
  objectVerbsBeforeAmount: WordSet;
  /** Verbs that set an amount of money only (整合). */
  fundVerbs: WordSet;
  /** Verbs of an addition (新增), dropped when a total after it names the stock of what was added. */
  incrementVerbs: WordSet;
  /** Adverbs and light verbs dropped inside a metric name after its subject (三岛共整治河道 → 三岛整治河道). */
  innerAdverbs: WordSet;
  notInnerAdverbs: WordSet;
  innerClauseVerbs: WordSet;
  /** Words that open a metric whose subject is the metric before it (…，占GDP比重达到45%). */
  subjectElided: WordSet;
  /** What a completion proportion is of (为预算的101.2%, 为年度计划的108.5%): the amount before, as a share of its plan. */
  completionBases: WordSet;
  fundAccounts: WordSet;
  fundHolders: WordSet;
  anaphors: WordSet;
  /** Names of a share of a task done (完成年度目标任务): of the amount named before it (grammar taskShareNames). */
  taskShareNames: WordSet;
  /** Nouns a unit is reckoned per besides the units (人/万车, 张/千人口): see indicators/per-unit.ts. */
  perNouns: WordSet;
  bareSums: WordSet;
  /** Words that open a metric whose subject is the object counted before it (…2支，总规模20亿元). */
  objectElided: WordSet;
  distributors: WordSet;
  /** A word naming two groups (城乡) → the two groups (城镇, 农村). */
  pairedWords: Map<string, [string, string]>;
  /** A word joining two accounts inside a name (存贷款 → 存款, 贷款: 金融机构本外币存贷款余额), split where it stands. */
  innerPairedWords: Map<string, [string, string]>;
  growthRates: WordSet;
  /** Heads of a share's name (比重, 比例, 占比): a growth in % after one is its subject's (shareGrowthOwner). */
  shareHeads: WordSet;
  /** Heads of a rate taken over a counted set of units (率, 比例): the count before the units is the scope (metricName). */
  countedScopeHeads: WordSet;
  /** Verbs of a growth measured against the amount's own level (增长). */
  growthVerbs: WordSet;
  /** Years named relative to the plan's (上年, 去年): their 年 before 均 is no 年均. */
  relativeYears: WordSet;
  /** Years named relative to the document's year, with how many years back each lies (上年: 1, 前年: 2). */
  relativeYearsBack: Map<string, number>;
  /** The words of relativeYearsBack. */
  relativeYearWords: WordSet;
  /** Words that end the name of a rise by an amount (户均增收, 亩均增产): with no target verb its value is a change. */
  changeHeads: WordSet;
  /** Rise verbs that name works done on land when an area follows them (森林质量精准提升200万亩): no change. */
  landWorkVerbs: WordSet;
  /** The units of land those works are measured in (亩, 公顷). */
  landWorkUnits: Set<string>;
  changeLeads: WordSet;
  pollutants: WordSet;
  /** The area a crop is sown on (播种面积) and the output measures that follow it with no crop (总产量): see grammars/indicators.yaml. */
  cropAreas: WordSet;
  cropOutputs: WordSet;
  notChangeLeads: WordSet;
  baselineMarkers: WordSet;
  baseYearBefore: WordSet;
  baseYearAfter: WordSet;
  /** Words after a year that make it a start (2026年起), not a deadline. */
  yearStartAfter: WordSet;
  /** Words of a yearly cadence (每年): a sentence opened by one takes no year carried from the sentence before. */
  yearlyCadences: WordSet;
  /** Words right after a value that make it the level a later target starts from (在上半年举办12场的基础上，…). */
  foundationWords: WordSet;
  /** Words naming the end of the plan's own period (规划期末). */
  planEndWords: WordSet;
  /** Words after a year that make it the base of the value after them (2020年的1.5倍), unless the year is a deadline. */
  baseYearOf: WordSet;
  adverbs: WordSet;
  /** Predicates with no number that close the clause before the one giving a level (稳中向好, 不低于上年水平). */
  trendTails: WordSet;
  describers: WordSet;
  /** Describers that before a count or amount mean "nearly" (近300家), read as the comparator they are also listed as. */
  nearWords: WordSet;
  listEnds: WordSet;
  /** Verbs that put a metric into a rank cut (进入, 跻身, 保持在) and the ranking's scope after them (全省): no part of its name. */
  rankEntryVerbs: WordSet;
  rankScopes: WordSet;
  /** Words that open a list's last member as the group the members before it belong to (和其他优抚对象). */
  otherWords: WordSet;
  /** Words that hold a list end and close no list (等级, 平等). */
  notListEnds: WordSet;
  notAfterUnit: WordSet;
  /** Chinese numerals that alone before a classifier open a compound, not a count (二次供水: grammar wordNumerals). */
  wordNumerals: WordSet;
  /** Nouns that begin with a character of notAfterUnit and open the counted thing after a unit (2家化工企业). */
  nounsAfterUnit: WordSet;
  /** Adverbs of how a measure reaches each thing, between the counted noun and its verb (逐一, 逐户, 入户). */
  mannerAdverbs: WordSet;
  /** The measure a size bound of each thing counted states, by its unit (人 → 人数); 规模 for the other units. */
  sizeNames: Map<string, string>;
  /** Crews sized one by one by a bound on their people (每支队伍不少于30人): grammar crewNouns. */
  crewNouns: WordSet;
  perWords: WordSet;
  /** Throughput words between a capacity's verb and its value (日处理, 年加工): part of the quantity. */
  capacityBases: WordSet;
  /** Heads after a throughput word that make it the metric's name (日供水能力). */
  capacityHeads: WordSet;
  /** What a per-head basis spreads a standard over after 每 (每人每月, 每床每日). */
  perBases: WordSet;
  /** Words that spread a count over each unit of a subject (每个行政村设置1个村卫生室). */
  perUnitWords: WordSet;
  spanAdverbs: WordSet;
  /** Words of a comparison with a reference before a margin (高于全省平均1.2个百分点): the reference is no part of the metric. */
  comparisonWords: WordSet;
  /** Words before the base of a change written between the metric and its verb (比法定时限压缩70%): the base is no part of the metric. */
  baseWords: WordSet;
  notBaseWords: WordSet;
  objectAdverbs: WordSet;
  /** Verbs of an addition that, before a count of things that attain (新增3家…达到推荐标准), count the things newly attaining. */
  attainIncrementVerbs: WordSet;
  /** Verbs that set a population to act (兼语): a share of that population after them (推动60%的企业…) is named by the population. */
  pivotVerbs: WordSet;
  /** Existential verbs that alone open a clause before a share of a population (有63.5%的受访者…): no metric, the population names it. */
  shareExistentials: WordSet;
  /** The team a survey, inspection or visit report says went out (调研组, 执法检查组, 视察组). */
  surveyTeams: WordSet;
  /** Verbs of how such a team worked (召开座谈会, 发放问卷, 走访): after a team word, a count they open is the survey's method, no level. */
  surveyMethodVerbs: WordSet;
  /** Nouns after a count that only name kinds of the object before it (500个品种): the object keeps the name. */
  kindNouns: WordSet;
  /** Words a clause may open with before its date (到2025年, 确保到2027年): the date still governs the clause. */
  dateLeads: WordSet;
  labelWords: WordSet;
  /** The head of a list a government promises (实事), named by its count through a field word (5项卫生健康民生实事; grammar listHeads). */
  listHeads: WordSet;
  /** The head of a package of measures a body issues (举措, 措施), named by its count (出台10项便民举措; grammar packageHeads). */
  packageHeads: WordSet;
  /** The last word of a preparation's name (凝胶, 注射液): a percentage right before one is its strength (grammar preparationHeads). */
  preparationHeads: WordSet;
  /** Units a preparation's strength is written in (%, mg/L) before its name (grammar strengthUnits). */
  strengthUnits: WordSet;
  measureLabels: WordSet;
  /** A whole day of hours (24小时) before a noun: a round-the-clock service, no amount (grammar roundTheClock). */
  roundTheClock: WordSet;
  /** Heads of a rate or share whose name a bounded count right before it may define (产前检查5次及以上覆盖率). */
  rateNameHeads: WordSet;
  /** Nouns that name the target itself after its value (完成…4.5个的目标任务): no counted object. */
  targetLabels: WordSet;
  leadWords: WordSet;
  leadTerms: WordSet;
  frameOpeners: WordSet;
  frameClosers: WordSet;
  notFrames: WordSet;
  /** Closers of a frame that says how an amount is measured (以县为单位, 按常住人口计算): after a metric, no part of its name. */
  frameMeasureClosers: WordSet;
  /** Closers of a frame that names the groups a work focuses on (以…为重点): an age inside names a group. */
  focusClosers: WordSet;
  /** Words of (not yet) reaching a full age written right before it (年满65周岁, 满70岁, 未满3周岁): a bound of the age, as 及以上/以下 after it. */
  fullAgeWords: WordSet;
  /** Words of the moment a full age is reached, right after it (满3周岁前, 满60周岁时): the age is a point of time, no bound. */
  agePointWords: WordSet;
  /** Words of a service whose population an age limits (免费接种, 招收, 筛查): without one the age only names a group. */
  ageServiceWords: WordSet;
  /** Modals of permission (可, 均可, 方可): after an age, who may do an act of their own; before an allowance verb, a rule's allowance. */
  permissionModals: WordSet;
  exhortationVerbs: WordSet;
  /** Words that begin with 可 and are no modal (可持续, 可及, 可支配). */
  permissionFalseFriends: WordSet;
  /** Verbs that stretch or relax an age limit (延长至, 放宽至), after a modal of permission: a rule's allowance. */
  allowanceVerbs: WordSet;
  /** Verbs that, with 的 after a count and its noun, make the count the members of a body (18个部门参与的联席会议). */
  memberVerbs: WordSet;
  /** Words that send the people counted to a place (到, 赴, 前往), and the errands they go on there (进修, 挂职 …). */
  tripWords: WordSet;
  tripErrands: WordSet;
  /** Targets whose value a plan gives in brackets after them (达到规划目标（40万立方米/天）). */
  bracketedTargets: WordSet;
  /** Words that, opening the clause after a target count of works (…180个，涉及居民2.1万户), state the reach of those works. */
  extentWords: WordSet;
  /** Words opening the noun of the people a work benefits (受益群众5600人): a bare count after the work clause. */
  beneficiaryWords: WordSet;
  /** Heads of a project's name that labels a line of a 专栏 list before its colon (智算中心项目：建设智能算力0.5EFLOPS). */
  projectLabelHeads: WordSet;
  /** Words of a yearly output that open an industrial project's name (年产20万吨…项目): see grammar projectOutputWords. */
  projectOutputWords: WordSet;
  /** Adjectives of level before a noun (高水平医院): their 水平 is no metric head (see grammar attributiveLevels). */
  attributiveLevels: WordSet;
  /** The events a sports games comprises (竞赛项目, 大项, 小项): see grammar eventProgrammeNouns. */
  eventProgrammeNouns: WordSet;
  /** Verbs by which a games' programme is stated (设, 设置): see grammar eventProgrammeNouns. */
  eventProgrammeVerbs: WordSet;
  /** Heads of a capacity's name (处理能力, 智能算力, 装机规模): what a project labelling a 专栏 line is measured by. */
  projectCapacityHeads: WordSet;
  /** Prepositions of what a measure is done to, right before its count (对2800家…开展检查). */
  benefactivePrepositions: WordSet;
  /** Verbs that set a share of a resource aside (拿出20%的专家号源): see shapes.ts shareAllotted. */
  allotVerbs: WordSet;
  /** Words that open the use of a share set aside (用于, 向): see shapes.ts shareAllotted. */
  allotUseLeads: WordSet;
  /** Verbs of covering a need and the nouns of the need, around the days a reserve covers: see shapes.ts reserveDays. */
  needCoverVerbs: WordSet;
  needNouns: WordSet;
  /** Verbs of taking part after the people counted (4.3万人次参加无偿献血): the count's verb, the act its name. */
  participationVerbs: WordSet;
  /** Verbs of attaining a standard or grade after the things counted (2家卫生院达到推荐标准): the count is a target, the act its name. */
  attainVerbs: WordSet;
  /** Words that hold a verb of attaining and attain nothing (建成区). */
  notAttainWords: WordSet;
  /** The assessments 通过 attains when one closes its clause (通过省级验收). */
  assessmentWords: WordSet;
  /** Verbs of obtaining (取得, 获得) that attain a qualification only when one closes their clause (取得执业医师资格). */
  qualifyVerbs: WordSet;
  /** The qualifications a verb of obtaining attains (学历, 资格, 证书, 职称). */
  qualificationWords: WordSet;
  /** Nouns of administrative divisions (乡, 县, 街道): a count of them after 对 is the territory's set, no amount of work. */
  divisionNouns: WordSet;
  /** Class nouns after the last of a list of sectors (道路运输、建筑施工领域死亡人数): shared by every member with the tail after them. */
  sectorClassWords: WordSet;
  /** Kinds of event whose count opens a list of their tolls (事故, 火灾, 案件). */
  tollEvents: WordSet;
  /** The tolls of an event (死亡人数, 直接经济损失): listed after its count, each is of that event. */
  eventTolls: WordSet;
  /** Checks and services a list of kinds shares with the rate after them (抽检, 监测): the shared tail starts at one. */
  sharedActs: WordSet;
  /** Characters that close a noun of goods or kinds (品, 类): a last kind of a list does not stop right before one, unless it opens a word (品牌). */
  kindClosers: WordSet;
  /** Treatments a list of wastes shares with the rate after them (综合利用, 无害化处理): the shared tail starts at one. */
  sharedTreatments: WordSet;
  divisionInstitutions: WordSet;
  recipientPrepositions: WordSet;
  /** Prepositions of the channel a step of work goes through (在2小时内通过网络直报系统报告): see deadlineFollows. */
  channelPrepositions: WordSet;
  peopleNounEnds: WordSet;
  placeNounEnds: WordSet;
  /** Verbs of a service after 为 and the people counted (为1000名困难群众提供免费体检): 为 is then no copula. */
  benefactiveVerbs: WordSet;
  scope: RegExp;
  /** A bracketed tally of listed items (（共5方面20项）): masked, no indicator (global). */
  tallies: RegExp;
  /** A condition inside a name that a level is reached after (经…综合保障后): no part of the name. */
  conditionFrames: RegExp | undefined;
  treasuryAllotment: RegExp;
  /** The source of a quota before its name (完成省下达的…): no part of the name (see grammar assignedQuota). */
  assignedQuota: RegExp | undefined;
  metricHeads: WordSet;
  /** Heads of volume and amount statistics (授权量, 成交额, 收入): a value right after one is the statistic's. */
  amountHeads: WordSet;
  /** Endings that make any compound noun an amount head (量: 旅客发送量): grammar amountHeadSuffixes. */
  amountHeadSuffixes: WordSet;
  /** Words with such an ending that name no amount (质量, 尽量, 测量): grammar notAmountHeads. */
  notAmountHeads: WordSet;
  unitlessHeads: WordSet;
  joinHeads: WordSet;
  objectHeads: WordSet;
  shareVerbs: WordSet;
  coverVerbs: WordSet;
  actingShareVerbs: WordSet;
  institutionShareVerbs: WordSet;
  institutionHeads: WordSet;
  totalWords: WordSet;
  /** Words naming a total count after its group word (总数): no measure its parts take on. */
  totalCounts: WordSet;
  partWords: WordSet;
  /** Units a stock of goods is totalled in (件): see grammars/indicators.yaml goodsTotalUnits. */
  goodsTotalUnits: Set<string>;
  /** Classifiers of the articles such a stock is broken down into (顶, 张, 床, 台套): a part in one is a part of the total. */
  goodsPartUnits: Set<string>;
  /** Places a rate is broken down by after 其中 (城市, 城镇, 县城): the part's rate is the whole's with its own place. */
  placeGroups: WordSet;
  /** Tiers of government (国家级, 省级, 县级, 乡镇级): see grammars/indicators.yaml. */
  governmentTiers: WordSet;
  /** The tiers that rank an honour or a title (国家级 … 县级): see grammars/indicators.yaml. */
  honourTiers: WordSet;
  actualCues: WordSet;
  planCues: WordSet;
  /** A figure's attribution to a census, survey or statistics (据…普查，): grammar surveyLeads, surveySources, surveyTails. */
  surveyLeads: WordSet;
  /** Words ending in a survey lead that base an action on the survey (根据, 依据): grammar notSurveyLeads. */
  notSurveyLeads: WordSet;
  surveySources: WordSet;
  surveyTails: WordSet;
  /** The share a population group makes of the whole, read right before its number (grammar populationShare). */
  populationShare: RegExp | undefined;
  /** Words opening a forecast (预计, 预测) and the future auxiliary it needs (将): see grammars/indicators.yaml. */
  forecastOpeners: WordSet;
  forecastAuxiliaries: WordSet;
  /** Words of a section heading that forecasts (全年走势预判): see grammars/indicators.yaml. */
  forecastHeadings: WordSet;
  /** Labels of a task's deadline in the bracket that follows it (完成时限：2027年6月底前): see grammars/indicators.yaml. */
  deadlineLabels: WordSet;
  /** Verbs of putting works into service after a deadline that follows their count (…1个，2027年9月底前投入使用): grammar deliveryVerbs. */
  deliveryVerbs: WordSet;
  reviewHeadings: WordSet;
  /** Review words only under a heading that names a year before the plan's (成绩单). */
  yearReviewHeadings: WordSet;
  /** Meta kinds of a document that reports a past year's measured facts throughout (统计公报): see grammars/indicators.yaml. */
  reportKinds: readonly string[];
  reviewObjectVerbs: WordSet;
  /** Marks opening the items of an unnumbered list of targets (——服务能力…。): see eachParagraph. */
  listItemMarks: WordSet;
  /** Headings under a review that turn to the situation ahead (面临的形势): the review does not reach them. */
  situationHeadings: WordSet;
  /** Verbs opening a clause of an audit's scope (审计了…资金N亿元), their lead words and the words of a finding after them. */
  auditScopeVerbs: WordSet;
  auditScopeLeads: WordSet;
  referenceLeads: WordSet;
  /** Words that open a statement of a price or standard in force now (现行, 现执行): its copula values are facts, no targets. */
  inForceWords: WordSet;
  /** Nouns of the criteria a unit must meet to be recognised or to apply (认定标准, 申报条件): the bounds they state are conditions, no targets. */
  criteriaWords: WordSet;
  /** What links the criteria noun to the conditions it states (为, 是, ：). */
  criteriaCopulas: WordSet;
  auditFindingWords: WordSet;
  /** Signs of multiplication (×) that write a size as a product of lengths (5米×5米): a specification, no level. */
  dimensionSigns: WordSet;
  /** Nouns of a gridded product's resolution (网格, 分辨率): a length right before one names the product, see grammar resolutionNouns. */
  resolutionNouns: WordSet;
  /** The word of a product's time step (逐1小时): see grammar timeStepWords. */
  timeStepWords: WordSet;
  /** Units of a grid's spacing (公里, 米): see grammar resolutionUnits. */
  resolutionUnits: Set<string>;
  /** The sum a finding involves (涉及资金, 涉及金额): in a review, an amount measured. */
  findingSums: WordSet;
  /** How a population's name ends (常住人口): an exact count of people right after it is its size (see populationSize). */
  populationHeads: WordSet;
  /** Headings that, inside a review or a report, turn to what is to be done (审计建议, 下一步工作): see grammars/indicators.yaml. */
  forwardHeadings: WordSet;
  /** Headings of a goals section (工作目标): the deadline of its opening paragraph governs its numbered items (see opensGoals). */
  goalHeadings: WordSet;
  /** The words that lead in a sentence of the plan's goals (主要目标是：), see grammar goalLeadIns. */
  goalLeadIns: WordSet;
  /** The words between a goal lead-in and its colon (是, 为), see grammar goalLeadCopulas. */
  goalLeadCopulas: WordSet;
  pastYearWords: WordSet;
  /** Past-year words that name the year a text looks back on (一年来, 过去一年): in a review of one year, that year (see grammars/indicators.yaml). */
  lookBackYearWords: WordSet;
  /** Words for the five years before an annual plan's (五年来, 过去五年) that, opening a sentence, date it to that span. */
  pastPeriodWords: WordSet;
  /** Words that set an amount for each year of a span (每年): due by no one year of it. */
  everyYearWords: WordSet;
  /** Words for the five years from an annual plan's on (今后五年, 未来五年) that, opening a sentence, date it to that span. */
  nextPeriodWords: WordSet;
  /** Words that end in an adverb character (供应, 效应): the character is part of the metric, no adverb. */
  notAdverbs: WordSet;
  /** Words after an amount that say what it is for (用于…): no counted noun. */
  purposeWords: WordSet;
  /** Words of need that end the noun counted before them (…设施|需加快提标改造). */
  needWords: WordSet;
  notNeedWords: WordSet;
  /** Words for the plan's own year (今年, 新的一年) that, opening a sentence, date it to an annual plan's year. */
  thisYearWords: WordSet;
  /** Conjunctions that may stand before such a word opening a sentence (但今年1—2月，…): grammar openerConjunctions. */
  openerConjunctions: WordSet;
  /** pastYearWords, thisYearWords, pastPeriodWords and nextPeriodWords together: one scan of a paragraph finds them all. */
  yearOpenerWords: WordSet;
  /** Words after N年 that make it the plan's whole span (三年内, 三年累计): by the plan's last year. */
  planSpanWords: WordSet;
  /** Words of intent between N年 and its verb (三年计划投入): see grammar spanIntentWords. */
  spanIntentWords: WordSet;
  /** Words after N年 that spread the plan's N years over as many values (三年分别…): see grammar yearByYearWords. */
  yearByYearWords: WordSet;
  /** Words that end the lead of a yearly split before its colon (分年度安排为：): see grammar yearlySplitWords. */
  yearlySplitWords: WordSet;
  /** How a heading titled by one year may end beside it (2028年目标, 2027年主要任务): see grammar yearHeadingWords. */
  yearHeadingWords: WordSet;
  /** Words of time right after a heading's year that make it no year's (2026年以后): grammar yearHeadingTimeWords. */
  yearHeadingTimeWords: WordSet;
  stockWords: WordSet;
  /** Words by which a holder states what it has (储备库现有…): grammar stockHolding. */
  stockHolding: WordSet;
  /** Words that take some of a set as a clause's subject (部分村卫生室…): grammar someMembers. */
  someMembers: WordSet;
  /** Words that close a partitive frame after a whole set's count (…14个乡镇卫生院中，…): grammar partitiveEnds, less notPartitive. */
  partitiveEnds: WordSet;
  notPartitive: WordSet;
  /** Words that count what remains to be dealt with (仍有): grammar gapCounts. */
  gapCounts: WordSet;
  /** Words opening the clause after a bare amount that make it a level reached (…312.6亿元，同比增长8.4%): grammar amountLevelFollowers. */
  amountLevelFollowers: WordSet;
  /** Words that open the members of a ranked list (前三位依次为A（68.4%）、B（63.1%）): grammar rankedListIntroducers. */
  rankedListIntroducers: WordSet;
  procedureNouns: WordSet;
  /** Events a count of times names in full (开展1次医疗服务价格调整评估): see grammar eventNouns. */
  eventNouns: WordSet;
  /** Periods an oversight step recurs in (每年, 每季度): before its count they make it a working rule. */
  procedureFrequencies: WordSet;
  /** Cadences shorter than a year (每季度, 每月): before a count of times with no bound word they make it a routine's schedule. */
  routineFrequencies: WordSet;
  /** The units a routine's recurrences are counted in after such a cadence (次, 场, 期): grammar routineUnits. */
  routineUnits: WordSet;
  /** People counted in a rota after a cadence shorter than a year (名, 人): grammar rotaUnits. */
  rotaUnits: WordSet;
  /** Verbs that post staff in turns (派驻, 下派): grammar rotaVerbs. */
  rotaVerbs: WordSet;
  /** The units that count the times a step is run (次, 轮): grammar recurrenceUnits. */
  recurrenceUnits: WordSet;
  /** How a work is going (实施情况, 推进情况), the object a review takes after 对: grammar progressObjects. */
  progressObjects: WordSet;
  /** Verbs of revising a kept list or rule (更新, 修订): right before a count of times after a cadence, its revision cycle. */
  revisionVerbs: WordSet;
  /** Periods of the year (春季, 上半年, 枯水期) a routine is shared out over by 各: grammar seasonalPeriods. */
  seasonalPeriods: WordSet;
  /** Stages of pregnancy (孕早期, 孕中期) a count of check-ups is scheduled by: grammar pregnancyStages. */
  pregnancyStages: WordSet;
  /** 按照 … 的比例/标准 around a provision's ratio or standard (grammar provisionFrames). */
  provisionOpeners: WordSet;
  provisionNouns: WordSet;
  /** Verbs that allot the fund a per-head standard is set for (安排, 拨付): no part of the fund's name. */
  provisionFundVerbs: WordSet;
  /** Nouns after 的 that close a frame around a per-base norm only (按照每50名从业人员配备1名救护员的要求): grammar provisionFrames.normNouns. */
  provisionNormNouns: WordSet;
  /** Ends of the metric of a reward or subsidy standard (给予一次性奖励50万元): no target without a bound word. */
  rewardWords: WordSet;
  /** Ends of the metric of the cap of a benefit (年度救助限额为6万元): a standard as a reward is, see grammar benefitCaps. */
  benefitCaps: WordSet;
  /** Sanctions laid on whoever falls below a threshold (约谈, 通报批评): the 的-phrase before them is their condition. */
  sanctionWords: WordSet;
  /** The entitlement granted after a 的-phrase of eligibility (…的群众均可申请): grammars/indicators.yaml entitlementWords. */
  entitlementWords: WordSet;
  /** Verbs that put whoever crosses a line into a monitored or managed class (纳入, 列入): grammars/indicators.yaml inclusionWords. */
  inclusionWords: WordSet;
  /** Words before an amount that give the top of a support standard (最高), see grammar standardTops. */
  standardTops: WordSet;
  /** Words right before a term that give the longest term a benefit or permission runs (最长), see grammar termTops. */
  termTops: WordSet;
  /** The contact roles a unit names for a task's reporting (联络员, 信息员), see grammar liaisonRoles. */
  liaisonRoles: WordSet;
  /** The verbs a unit names its liaison with (确定, 明确, 指定), see grammar liaisonVerbs. */
  liaisonVerbs: WordSet;
  /** The working groups a plan sets up to run its work (专班, 工作组), see grammar workingGroupNouns. */
  workingGroupNouns: WordSet;
  /** The verbs that set a working group up (组建, 成立, 下设), see grammar workingGroupVerbs. */
  workingGroupVerbs: WordSet;
  /** The levels of government that bear a share of a project's cost (市级, 区级财政), see grammar costBearers. */
  costBearers: WordSet;
  /** A project entry's budget written as a sentence of its own (计划投资), see grammar projectBudgetHeads. */
  projectBudgetHeads: WordSet;
  /** The entries of a 民生实事 list counted by the list itself (民生实事项目), see grammar listSelfNouns. */
  listSelfNouns: WordSet;
  /** The units such a count is written in (项, 件), see grammar listSelfCounts. */
  listSelfCounts: WordSet;
  /** Verbs that pay out a total (发放技能提升补贴2000万元): before a reward word and a sum in 万/亿, a target, not a standard. */
  disburseVerbs: WordSet;
  /** Words that open a support policy's condition (对…的企业，给予…): a bounded amount before 的 there qualifies. */
  conditionOpeners: WordSet;
  /** Verbs of drawing on what is there (依托, 利用), after which a stock cue (现有) is an attributive, see grammar resourceUseVerbs. */
  resourceUseVerbs: WordSet;
  /** 每 and a word of more or less before the step a scoring rule counts in (每低1个百分点扣0.5分). */
  scoreSteps: WordSet;
  /** What follows a 的-phrase whose level is the condition of a score or grade (达到35%的得满分, 90分以上的为优秀). */
  scoreConsequences: WordSet;
  /** The time between two acts of one person a rule keeps at least (献血间隔不少于6个月): a rule, no level. */
  spacingNouns: WordSet;
  /** The term an arrangement lasts, before a copula (帮扶期限为2年, 聘期为3年): a term of a rule, no level. */
  termNouns: WordSet;
  /** Totals a weight is a share of (占考核总分的40%). */
  scoreTotals: WordSet;
  /** A component's score or result, before 占 and its weight (牵头医院得分占60%). */
  scoreParts: WordSet;
  /** The unit of points (分): bare, or after a word that adds or deducts them, the arithmetic of a score. */
  scoreUnits: WordSet;
  /** What a scoring scheme allots (分值, 满分): points an item is worth, never a level reached. */
  scoreAllotments: WordSet;
  /** Words that add or deduct points (扣2分, 加分项). */
  scoreActs: WordSet;
  /** Verbs a sum is paid or computed by after a rate that 按 opens (按核定基数的110%核拨). */
  payRateVerbs: WordSet;
  /** Words for the rest of a sum paid in parts (拨付其余40%): after a pay verb, the last instalment. */
  remainderWords: WordSet;
  /** The scale of a score named before its components' weights (评价采取百分制，其中…占10%). */
  scoreScales: WordSet;
  /** Words for one single act of a procedure (每次献血量, 单次献全血量): a bare measure after them is its size, a rule. */
  occasionWords: WordSet;
  /** Units of the time before an act a procedure's step is done (作业前30分钟): see grammar actLeadUnits. */
  actLeadUnits: Set<string>;
  /** Words that make a count of years after them a point in time (公元前221年, 距今约4300年): see grammar eraYearLeads. */
  eraYearLeads: WordSet;
  /** Count units of a dose (治疗量, 单位 of blood): after an occasion word, the size of each act, as a measure is. */
  doseUnits: Set<string>;
  /** Words that restate the quantity before in another unit (折合800万毫升): the same metric. */
  restateWords: WordSet;
  /** Verbs that deduct a share of a sum as a sanction (扣减下年度预拨资金的10%). */
  deductVerbs: WordSet;
  /** The grade of an assessment (优秀等次): a share in a clause naming it is the grade's quota. */
  gradeWords: WordSet;
  /** Verbs of drawing a sample (抽查, 抽取): after 每 and the unit checked, the count is a check's sample. */
  sampleVerbs: WordSet;
  /** Verbs of adding that raise a standard right before them by the amount after them (补助标准新增5元). */
  standardRiseVerbs: WordSet;
  /** Nouns after 的 that make the value before them a standard (…不低于5000元的标准), not a condition. */
  standardNouns: WordSet;
  /** Words that apply or check against a standard, before a class cut-off it states (对照…2000万元及以上的标准): grammar thresholdFrameVerbs. */
  thresholdFrameVerbs: WordSet;
  /** Nouns of a fine (罚款) after an amount (处以50元以上500元以下罚款): a legal penalty, never a target. */
  penaltyWords: WordSet;
  /** Nouns after 的 that make a bounded value the threshold of a slice of an amount (超过2万元的部分). */
  sliceNouns: WordSet;
  /** Verbs of applying a rule in force (执行, 遵守) and the nouns after 的 that close it (规定, 政策): grammar ruleFrames. */
  ruleVerbs: WordSet;
  ruleNouns: WordSet;
  /** Words between 的 and a rule noun that say whose the rule is or what kind (统一政策, 国家有关规定): grammar ruleFrames.modifiers. */
  ruleModifiers: WordSet;
  /** Marks after a range (之间) and verbs of choosing after them (选择, 确定) that make it a band a payer chooses in: grammar choiceBands. */
  choiceMarks: WordSet;
  choiceVerbs: WordSet;
  /** Lengths, the marks after them (范围内, 以内) and the words of a ban (禁止, 不得) that make a length a rule's buffer zone: grammar bufferZones. */
  bufferUnits: Set<string>;
  bufferMarks: WordSet;
  bufferBans: WordSet;
  /** Nouns of separation (距离, 间距) that make a floored length a siting rule's clearance: grammar clearanceNouns. */
  clearanceNouns: WordSet;
  /** Per-head words (每人) and areas (平方米) that make a capped area an allocation standard's entitlement: grammar spaceAllotments. */
  allotmentHeads: WordSet;
  /** Nouns that end the name of a site's rated capacity (最大承载量, 瞬时承载量): grammars/indicators.yaml ratedCapacityNouns. */
  ratedCapacityNouns: WordSet;
  allotmentUnits: Set<string>;
  /** Names of the area a per-head word may come before (每人使用面积不超过…): grammar spaceAllotments.areaNouns. */
  allotmentAreaNouns: WordSet;
  /** Verbs after a title in 《》 (推荐, 建议) and the words that may link them (中, 所) that make a value a guideline's advice: grammar adviceFrames. */
  adviceVerbs: WordSet;
  adviceLinks: WordSet;
  /** Verbs of spreading knowledge (宣传, 普及) and the nouns after 的 that close the advice spread (建议, 推荐量): grammar adviceFrames. */
  adviceSpreadVerbs: WordSet;
  adviceNouns: WordSet;
  /** The modal words of a legal ceiling (不得超过, 不得高于) that make a value a rule's limit: grammar legalCeilings. */
  legalCeilings: WordSet;
  /** The verbs of a judging rule (判定为, 判定) that make a measured limit before them a criterion for samples: grammar judgingVerbs. */
  judgingVerbs: WordSet;
  /** The modal of a duty (应当) that makes a ceiling or a band after it a rule's limit: grammar dutyModals. */
  dutyModals: WordSet;
  /** Nouns of a rate a tax law fixes (税率, 征收率), written after the rate (适用3%征收率, 13%、9%、6%三档增值税税率). */
  taxRateNouns: WordSet;
  /** Verbs of levying or exempting a tax right after a rate or a bounded amount (减按1%征收, 10万元以下免征增值税). */
  levyVerbs: WordSet;
  /** Words that open the body a levy or contribution is paid to, between its rate and the verb (按…2%向工会拨缴经费). */
  payeeLeads: WordSet;
  /** Words right before a rate that make it a reduced rate of a tax law (减按25%计入应纳税所得额). */
  reducedRateLeads: WordSet;
  notStandardNouns: WordSet;
  /** Words of a total or average over a span of years (累计, 年均): such an actual amount has no one year. */
  spanAmountWords: WordSet;
  /** Totals a share is taken of (不低于总量的70%): skipped between the bound and the number. */
  shareTotals: WordSet;
  /** Totals a share is taken of only after a bound word (不高于…保育教育费的1.5倍): grammar boundedShareTotals. */
  boundedShareTotals: WordSet;
  /** Words that open a noun naming a whole (总, 全部): after a cap or floor such a noun before 的 is a share's base (不少于总处方的1%). */
  wholeOpeners: WordSet;
  /** Activities that cover a set of rules (培训, 督查): a count of rules before them is their content (rule-set.ts). */
  ruleActivities: WordSet;
  /** Classifiers of rules (项, 条). */
  ruleCountUnits: Set<string>;
  joiners: WordSet;
  notJoiners: WordSet;
  /** Words of a relation between two parties: after A与B/A和B they make the joiner "with" (养老机构与医疗卫生机构签约合作率). */
  relationWords: WordSet;
  /** Words of a bilateral act that make 与 alone "with" (签约): see grammars/indicators.yaml. */
  withRelationWords: WordSet;
  fieldJoinedInstitutions: WordSet;
  indefinite: { value: number; except: Set<string>; cadence: WordSet };
  mortality: WordSet;
  percentMortality: WordSet;
}

export function compileIndicatorGrammar(source: IndicatorGrammarSource): IndicatorGrammar {
  const units = new Map<string, UnitInfo>();
  for (const u of source.units) {
    const info: UnitInfo = { unit: u.unit, kind: u.kind, scale: u.scale, hanzi: u.hanzi, object: u.object, size: u.size };
    if (u.amount) info.amount = true;
    if (u.qualifier) info.qualifier = true;
    if (u.multiple) info.multiple = true;
    if (u.link) info.link = true;
    if (u.notBefore.length > 0) info.notBefore = new WordSet(u.notBefore);
    for (const written of [u.unit, ...u.aliases]) units.set(written, info);
  }
  for (const [i, u] of source.units.entries()) {
    if (u.sameAs === undefined) continue;
    if (!units.has(u.sameAs)) throw new GrammarError(`invalid grammar indicators.yaml: units.${i}.sameAs: unknown unit ${u.sameAs}`);
    (units.get(u.unit) as UnitInfo).sameAs = u.sameAs;
  }
  const unitOf = (name: string, field: string): UnitInfo => {
    const info = units.get(name);
    if (!info) throw new GrammarError(`invalid grammar indicators.yaml: ${field}: unknown unit ${name}`);
    return info;
  };
  // A prefix unit may name a unit of its own (万分之), known only as a prefix.
  const prefixUnits = source.prefixUnits.map((p) => ({
    prefix: p.prefix,
    unit: units.get(p.unit) ?? { unit: p.unit, kind: 'rate' as const, scale: p.scale, hanzi: true, object: 'last' as const, size: false },
  }));
  const set = (w: string[]) => new WordSet(w);
  return {
    units,
    unitWords: new WordSet(units.keys()),
    multipliers: new Map(Object.entries(source.multipliers)),
    gradeUnits: set(source.gradeUnits),
    classNumeralUnits: set(source.classNumeralUnits),
    gradeStandards: set(source.gradeStandards),
    gradeNouns: set(source.gradeNouns),
    gradedInstitutions: set(source.gradedInstitutions),
    gradedInstitutionVerbs: set(source.gradedInstitutionVerbs),
    prefixUnits,
    wholeWords: source.wholeWords.map((w, i) => ({ word: w.word, value: w.value, unit: unitOf(w.unit, `wholeWords.${i}.unit`) })),
    damaged: source.damaged.map((d, i) => ({
      mark: d.mark,
      unit: unitOf(d.unit, `damaged.${i}.unit`),
      before: set(d.before),
      after: d.after ? set(d.after) : undefined,
    })),
    comparatorsBefore: new Map(Object.entries(source.comparatorsBefore)),
    comparatorsAfter: new Map(Object.entries(source.comparatorsAfter)),
    before: set(Object.keys(source.comparatorsBefore)),
    after: set(Object.keys(source.comparatorsAfter)),
    comparatorFrames: source.comparatorFrames,
    leadComparators: set(source.leadComparators),
    adjacentComparators: set(source.adjacentComparators),
    deadlineVerbs: set(source.deadlineVerbs),
    stepManners: set(source.stepManners),
    stepLightVerbs: set(source.stepLightVerbs),
    conditionDuties: set(source.conditionDuties),
    definitionConsequences: set(source.definitionConsequences),
    triggerMarks: set(source.triggerMarks),
    triggerFalseFriends: set(source.triggerFalseFriends),
    targetVerbs: set(source.targetVerbs),
    copulas: set(source.copulas),
    notCopulas: set(source.notCopulas),
    changeVerbs: set(source.changeVerbs),
    objectVerbs: new WordSet(source.objectVerbs, set(source.objectVerbNotWords)),
    notVerbs: set(source.notVerbs),
    verbNouns: set(source.verbNouns),
    memberAdmissionVerbs: set(source.memberAdmissionVerbs),
    memberNouns: set(source.memberNouns),
    groupTerms: set(source.groupTerms),
    reachVerbs: set(source.reachVerbs),
    namingVerbs: set(source.namingVerbs),
    listWorksVerbs: set(source.listWorksVerbs),
    listCompletionVerbs: set(source.listCompletionVerbs),
    planStructureNouns: set(source.planStructureNouns),
    planStructureCounts: set(source.planStructureCounts),
    planStructureVerbs: set(source.planStructureVerbs),
    planSelfSubjects: set(source.planSelfSubjects),
    planContentNouns: set(source.planContentNouns),
    planContentCounts: set(source.planContentCounts),
    planPartGroups: set(source.planPartGroups),
    planTallyVerbs: set(source.planTallyVerbs),
    rankVerbs: set(source.rankVerbs),
    statisticEnds: set(source.statisticEnds),
    copulaCountEnds: set(source.copulaCountEnds),
    notCopulaCountEnds: set(source.notCopulaCountEnds),
    copulaAgeEnds: set(source.copulaAgeEnds),
    furtheringVerbs: set(source.furtheringVerbs),
    costSharingVerbs: set(source.costSharingVerbs),
    negations: set(source.negations),
    notNegations: set(source.notNegations),
    relativePeriods: set(source.relativePeriods),
    stateVerbs: set(source.stateVerbs),
    notStateVerbs: set(source.notStateVerbs),
    projectAmounts: set(source.projectAmounts),
    reachTerms: set(source.reachTerms),
    projectHeads: set(source.projectHeads),
    worksActHeads: set(source.worksActHeads),
    worksPushVerbs: set(source.worksPushVerbs),
    carryOutVerbs: set(source.carryOutVerbs),
    engagingVerbs: set(source.engagingVerbs),
    engagedActs: set(source.engagedActs),
    servicesReceived: set(source.servicesReceived),
    aspectParticles: set(source.aspectParticles),
    sitePrepositions: set(source.sitePrepositions),
    territoryScopeWords: set(source.territoryScopeWords),
    sizeAsideNames: set(source.sizeAsideNames),
    gaugeNames: set(source.gaugeNames),
    gaugeUnits: set(source.gaugeUnits),
    recordedContentNouns: set(source.recordedContentNouns),
    runningTimeUnits: set(source.runningTimeUnits),
    naturalEvents: set(source.naturalEvents),
    siteWords: set(source.siteWords),
    siteSizes: set(source.siteSizes),
    profileSizes: set(source.profileSizes),
    pilotWords: set(source.pilotWords),
    equipmentProvided: set(source.equipmentProvided),
    // A lead term (保障性住房) starts with the verb of no object count (保障城乡低保对象12.6万人).
    objectVerbsBeforeNoun: new WordSet([...source.objectVerbs, ...source.nounFirstVerbs], set([...source.leadTerms, ...source.objectVerbNotWords])),
    objectVerbsBeforeAmount: new WordSet([...source.objectVerbs, ...source.nounFirstVerbs, ...source.fundVerbs, ...source.poolVerbs], set([...source.leadTerms, ...source.poolNouns, ...source.objectVerbNotWords])),
    fundVerbs: set(source.fundVerbs),
    incrementVerbs: set(source.incrementVerbs),
    innerAdverbs: set(source.innerAdverbs),
    notInnerAdverbs: set(source.notInnerAdverbs),
    innerClauseVerbs: set(source.innerClauseVerbs),
    subjectElided: set(source.subjectElided),
    completionBases: set(source.completionBases),
    fundAccounts: set(source.fundAccounts),
    fundHolders: set(source.fundHolders),
    anaphors: set(source.anaphors),
    taskShareNames: set(source.taskShareNames),
    perNouns: set(source.perNouns),
    bareSums: set(source.bareSums),
    objectElided: set(source.objectElided),
    distributors: set(source.distributors),
    pairedWords: new Map(Object.entries(source.pairedWords)),
    innerPairedWords: new Map(Object.entries(source.innerPairedWords)),
    growthRates: set(source.growthRates),
    shareHeads: set(source.shareHeads),
    countedScopeHeads: set(source.countedScopeHeads),
    growthVerbs: set(source.growthVerbs),
    relativeYears: set(source.relativeYears),
    relativeYearsBack: new Map(Object.entries(source.relativeYearsBack)),
    relativeYearWords: set(Object.keys(source.relativeYearsBack)),
    changeHeads: set(source.changeHeads),
    landWorkVerbs: set(source.landWorkVerbs),
    landWorkUnits: new Set(source.landWorkUnits),
    changeLeads: set(source.changeLeads),
    pollutants: set(source.pollutants),
    cropAreas: set(source.cropAreas),
    cropOutputs: set(source.cropOutputs),
    notChangeLeads: set(source.notChangeLeads),
    baselineMarkers: set(source.baselineMarkers),
    baseYearBefore: set(source.baseYearBefore),
    baseYearAfter: set(source.baseYearAfter),
    yearStartAfter: set(source.yearStartAfter),
    yearlyCadences: set(source.yearlyCadences),
    foundationWords: set(source.foundationWords),
    planEndWords: set(source.planEndWords),
    baseYearOf: set(source.baseYearOf),
    adverbs: set(source.adverbs),
    trendTails: set(source.trendTails),
    describers: set(source.describers),
    nearWords: set(source.nearWords),
    listEnds: set(source.listEnds),
    rankEntryVerbs: set(source.rankEntryVerbs),
    rankScopes: set(source.rankScopes),
    otherWords: set(source.otherWords),
    notListEnds: set(source.notListEnds),
    notAfterUnit: set(source.notAfterUnit),
    wordNumerals: set(source.wordNumerals),
    nounsAfterUnit: set(source.nounsAfterUnit),
    mannerAdverbs: set(source.mannerAdverbs),
    sizeNames: new Map(Object.entries(source.sizeNames)),
    crewNouns: set(source.crewNouns),
    perWords: set(source.perWords),
    capacityBases: set(source.capacityBases),
    capacityHeads: set(source.capacityHeads),
    perBases: set(source.perBases),
    perUnitWords: set(source.perUnitWords),
    spanAdverbs: set(source.spanAdverbs),
    comparisonWords: set(source.comparisonWords),
    baseWords: set(source.baseWords),
    notBaseWords: set(source.notBaseWords),
    objectAdverbs: set(source.objectAdverbs),
    attainIncrementVerbs: set(source.attainIncrementVerbs),
    pivotVerbs: set(source.pivotVerbs),
    shareExistentials: set(source.shareExistentials),
    surveyTeams: set(source.surveyTeams),
    surveyMethodVerbs: set(source.surveyMethodVerbs),
    kindNouns: set(source.kindNouns),
    dateLeads: set(source.dateLeads),
    labelWords: set(source.labelWords),
    listHeads: set(source.listHeads),
    packageHeads: set(source.packageHeads),
    preparationHeads: set(source.preparationHeads),
    strengthUnits: set(source.strengthUnits),
    measureLabels: set(source.measureLabels),
    roundTheClock: set(source.roundTheClock),
    rateNameHeads: set(source.rateNameHeads),
    targetLabels: set(source.targetLabels),
    leadWords: set(source.leadWords),
    leadTerms: set(source.leadTerms),
    frameOpeners: set(source.frames.openers),
    frameClosers: set(source.frames.closers),
    notFrames: set(source.frames.notFrames),
    frameMeasureClosers: set(source.frames.measureClosers),
    focusClosers: set(source.focusClosers),
    fullAgeWords: set(source.fullAgeWords),
    agePointWords: set(source.agePointWords),
    ageServiceWords: set(source.ageServiceWords),
    permissionModals: set(source.permissionModals),
    exhortationVerbs: set(source.exhortationVerbs),
    permissionFalseFriends: set(source.permissionFalseFriends),
    allowanceVerbs: set(source.allowanceVerbs),
    memberVerbs: set(source.memberVerbs),
    tripWords: set(source.tripWords),
    tripErrands: set(source.tripErrands),
    bracketedTargets: set(source.bracketedTargets),
    extentWords: set(source.extentWords),
    beneficiaryWords: set(source.beneficiaryWords),
    projectLabelHeads: set(source.projectLabelHeads),
    projectOutputWords: set(source.projectOutputWords),
    attributiveLevels: set(source.attributiveLevels),
    eventProgrammeNouns: set(source.eventProgrammeNouns),
    eventProgrammeVerbs: set(source.eventProgrammeVerbs),
    projectCapacityHeads: set(source.projectCapacityHeads),
    benefactivePrepositions: set(source.benefactivePrepositions),
    allotVerbs: set(source.allotVerbs),
    allotUseLeads: set(source.allotUseLeads),
    needCoverVerbs: set(source.needCoverVerbs),
    needNouns: set(source.needNouns),
    participationVerbs: set(source.participationVerbs),
    attainVerbs: set(source.attainVerbs),
    notAttainWords: set(source.notAttainWords),
    assessmentWords: set(source.assessmentWords),
    qualifyVerbs: set(source.qualifyVerbs),
    qualificationWords: set(source.qualificationWords),
    divisionNouns: set(source.divisionNouns),
    sectorClassWords: set(source.sectorClassWords),
    tollEvents: set(source.tollEvents),
    eventTolls: set(source.eventTolls),
    sharedActs: set(source.sharedActs),
    kindClosers: new WordSet(source.kindClosers, set(source.kindCloserWords)),
    sharedTreatments: set(source.sharedTreatments),
    divisionInstitutions: set(source.divisionInstitutions),
    recipientPrepositions: set(source.recipientPrepositions),
    channelPrepositions: set(source.channelPrepositions),
    peopleNounEnds: set(source.peopleNounEnds),
    placeNounEnds: set(source.placeNounEnds),
    benefactiveVerbs: set(source.benefactiveVerbs),
    scope: compilePattern(source.scope, 'u', 'scope'),
    tallies: compilePattern(source.tallies, 'gu', 'tallies'),
    treasuryAllotment: compilePattern(source.treasuryAllotment, 'u', 'treasuryAllotment'),
    assignedQuota: source.assignedQuota ? compilePattern(source.assignedQuota, 'u', 'assignedQuota') : undefined,
    conditionFrames: source.conditionFrames ? compilePattern(source.conditionFrames, 'gu', 'conditionFrames') : undefined,
    metricHeads: set(source.metricHeads),
    amountHeads: set(source.amountHeads),
    amountHeadSuffixes: set(source.amountHeadSuffixes),
    notAmountHeads: set(source.notAmountHeads),
    unitlessHeads: set(source.unitlessHeads),
    joinHeads: set(source.joinHeads),
    objectHeads: set(source.objectHeads),
    shareVerbs: set(source.shareVerbs),
    coverVerbs: set(source.coverVerbs),
    actingShareVerbs: set(source.actingShareVerbs),
    institutionShareVerbs: set(source.institutionShareVerbs),
    institutionHeads: set(source.institutionHeads),
    totalWords: set(source.totalWords),
    totalCounts: set(source.totalCounts),
    partWords: set(source.partWords),
    goodsTotalUnits: new Set(source.goodsTotalUnits),
    goodsPartUnits: new Set(source.goodsPartUnits),
    placeGroups: set(source.placeGroups),
    governmentTiers: set(source.governmentTiers),
    honourTiers: set(source.honourTiers),
    actualCues: new WordSet(source.actualCues, set(source.notActualCues)),
    planCues: set(source.planCues),
    surveyLeads: set(source.surveyLeads),
    notSurveyLeads: set(source.notSurveyLeads),
    surveySources: set(source.surveySources),
    surveyTails: set(source.surveyTails),
    populationShare: source.populationShare ? compilePattern(source.populationShare, 'u', 'populationShare') : undefined,
    forecastOpeners: set(source.forecastOpeners),
    forecastAuxiliaries: set(source.forecastAuxiliaries),
    forecastHeadings: set(source.forecastHeadings),
    deadlineLabels: set(source.deadlineLabels),
    deliveryVerbs: set(source.deliveryVerbs),
    reviewHeadings: set(source.reviewHeadings),
    yearReviewHeadings: set(source.yearReviewHeadings),
    reportKinds: [...source.reportKinds],
    reviewObjectVerbs: set(source.reviewObjectVerbs),
    listItemMarks: set(source.listItemMarks),
    situationHeadings: set(source.situationHeadings),
    auditScopeVerbs: set(source.auditScopeVerbs),
    auditScopeLeads: set(source.auditScopeLeads),
    referenceLeads: set(source.referenceLeads),
    inForceWords: set(source.inForceWords),
    criteriaWords: set(source.criteriaWords),
    criteriaCopulas: set(source.criteriaCopulas),
    auditFindingWords: set(source.auditFindingWords),
    dimensionSigns: set(source.dimensionSigns),
    resolutionNouns: set(source.resolutionNouns),
    timeStepWords: set(source.timeStepWords),
    resolutionUnits: new Set(source.resolutionUnits),
    findingSums: set(source.findingSums),
    populationHeads: set(source.populationHeads),
    forwardHeadings: set(source.forwardHeadings),
    goalHeadings: set(source.goalHeadings),
    goalLeadIns: set(source.goalLeadIns),
    goalLeadCopulas: set(source.goalLeadCopulas),
    pastYearWords: set(source.pastYearWords),
    lookBackYearWords: set(source.lookBackYearWords),
    pastPeriodWords: set(source.pastPeriodWords),
    everyYearWords: set(source.everyYearWords),
    nextPeriodWords: set(source.nextPeriodWords),
    notAdverbs: set(source.notAdverbs),
    purposeWords: set(source.purposeWords),
    needWords: set(source.needWords),
    notNeedWords: set(source.notNeedWords),
    thisYearWords: set(source.thisYearWords),
    openerConjunctions: set(source.openerConjunctions),
    yearOpenerWords: set([...source.pastYearWords, ...source.thisYearWords, ...source.pastPeriodWords, ...source.nextPeriodWords]),
    planSpanWords: set(source.planSpanWords),
    spanIntentWords: set(source.spanIntentWords),
    yearByYearWords: set(source.yearByYearWords),
    yearlySplitWords: set(source.yearlySplitWords),
    yearHeadingWords: set(source.yearHeadingWords),
    yearHeadingTimeWords: set(source.yearHeadingTimeWords),
    stockWords: set(source.stockWords),
    stockHolding: set(source.stockHolding),
    someMembers: set(source.someMembers),
    partitiveEnds: set(source.partitiveEnds),
    notPartitive: set(source.notPartitive),
    gapCounts: set(source.gapCounts),
    amountLevelFollowers: set(source.amountLevelFollowers),
    rankedListIntroducers: set(source.rankedListIntroducers),
    procedureNouns: set(source.procedureNouns),
    eventNouns: set(source.eventNouns),
    procedureFrequencies: set(source.procedureFrequencies),
    routineFrequencies: set(source.routineFrequencies),
    routineUnits: set(source.routineUnits),
    rotaUnits: set(source.rotaUnits),
    rotaVerbs: set(source.rotaVerbs),
    recurrenceUnits: set(source.recurrenceUnits),
    progressObjects: set(source.progressObjects),
    revisionVerbs: set(source.revisionVerbs),
    seasonalPeriods: set(source.seasonalPeriods),
    pregnancyStages: set(source.pregnancyStages),
    provisionOpeners: set(source.provisionFrames.openers),
    provisionNouns: set(source.provisionFrames.nouns),
    provisionFundVerbs: set(source.provisionFrames.fundVerbs),
    provisionNormNouns: set(source.provisionFrames.normNouns),
    rewardWords: set(source.rewardWords),
    benefitCaps: set(source.benefitCaps),
    sanctionWords: set(source.sanctionWords),
    entitlementWords: set(source.entitlementWords),
    inclusionWords: set(source.inclusionWords),
    standardTops: set(source.standardTops),
    termTops: set(source.termTops),
    liaisonRoles: set(source.liaisonRoles),
    liaisonVerbs: set(source.liaisonVerbs),
    workingGroupNouns: set(source.workingGroupNouns),
    workingGroupVerbs: set(source.workingGroupVerbs),
    costBearers: set(source.costBearers),
    projectBudgetHeads: set(source.projectBudgetHeads),
    listSelfNouns: set(source.listSelfNouns),
    listSelfCounts: set(source.listSelfCounts),
    disburseVerbs: set(source.disburseVerbs),
    conditionOpeners: set(source.conditionOpeners),
    resourceUseVerbs: set(source.resourceUseVerbs),
    scoreSteps: set(source.scoreSteps),
    scoreConsequences: set(source.scoreConsequences),
    spacingNouns: set(source.spacingNouns),
    termNouns: set(source.termNouns),
    scoreTotals: set(source.scoreTotals),
    scoreParts: set(source.scoreParts),
    scoreUnits: set(source.scoreUnits),
    scoreAllotments: set(source.scoreAllotments),
    scoreActs: set(source.scoreActs),
    payRateVerbs: set(source.payRateVerbs),
    remainderWords: set(source.remainderWords),
    scoreScales: set(source.scoreScales),
    occasionWords: set(source.occasionWords),
    actLeadUnits: new Set(source.actLeadUnits),
    eraYearLeads: set(source.eraYearLeads),
    doseUnits: new Set(source.doseUnits),
    restateWords: set(source.restateWords),
    deductVerbs: set(source.deductVerbs),
    gradeWords: set(source.gradeWords),
    sampleVerbs: set(source.sampleVerbs),
    standardRiseVerbs: set(source.standardRiseVerbs),
    standardNouns: set(source.standardNouns),
    thresholdFrameVerbs: set(source.thresholdFrameVerbs),
    penaltyWords: set(source.penaltyWords),
    sliceNouns: set(source.sliceNouns),
    ruleVerbs: set(source.ruleFrames.verbs),
    ruleNouns: set(source.ruleFrames.nouns),
    ruleModifiers: set(source.ruleFrames.modifiers),
    choiceMarks: set(source.choiceBands.marks),
    choiceVerbs: set(source.choiceBands.verbs),
    bufferUnits: new Set(source.bufferZones.units),
    bufferMarks: set(source.bufferZones.marks),
    bufferBans: set(source.bufferZones.bans),
    clearanceNouns: set(source.clearanceNouns),
    allotmentHeads: set(source.spaceAllotments.heads),
    ratedCapacityNouns: set(source.ratedCapacityNouns),
    allotmentUnits: new Set(source.spaceAllotments.units),
    allotmentAreaNouns: set(source.spaceAllotments.areaNouns),
    adviceVerbs: set(source.adviceFrames.verbs),
    adviceLinks: set(source.adviceFrames.links),
    adviceSpreadVerbs: set(source.adviceFrames.spreadVerbs),
    adviceNouns: set(source.adviceFrames.nouns),
    legalCeilings: set(source.legalCeilings),
    judgingVerbs: set(source.judgingVerbs),
    dutyModals: set(source.dutyModals),
    taxRateNouns: set(source.taxRateNouns),
    levyVerbs: set(source.levyVerbs),
    payeeLeads: set(source.payeeLeads),
    reducedRateLeads: set(source.reducedRateLeads),
    notStandardNouns: set(source.notStandardNouns),
    spanAmountWords: set(source.spanAmountWords),
    shareTotals: set(source.shareTotals),
    boundedShareTotals: set(source.boundedShareTotals),
    wholeOpeners: set(source.wholeOpeners),
    ruleActivities: set(source.ruleActivities),
    ruleCountUnits: new Set(source.ruleCountUnits),
    joiners: set(source.joiners),
    notJoiners: set(source.notJoiners),
    relationWords: set(source.relationWords),
    withRelationWords: set(source.withRelationWords),
    fieldJoinedInstitutions: set(source.fieldJoinedInstitutions),
    indefinite: { value: readHanzi(source.indefinite.numeral), except: new Set(source.indefinite.except), cadence: set(source.indefinite.cadence) },
    mortality: set(source.mortality),
    percentMortality: set(source.percentMortality),
  };
}
