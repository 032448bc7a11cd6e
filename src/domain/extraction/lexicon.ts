/**
 * Word lists for attribution. They are small on purpose: each entry is a newswire habit, and a
 * word missing here only costs a missed speaker, while a wrong entry would invent one.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs that introduce a quotation, in the forms newswire copy uses them. */
export const ATTRIBUTION_VERBS = words(`
  said says say told tells added adds stated states declared declares insisted insists warned warns
  argued argues claimed claims noted notes explained explains wrote writes tweeted tweets posted posts
  announced announces predicted predicts promised promises pledged pledges vowed vows acknowledged
  acknowledges admitted admits asserted asserts maintained maintains replied replies responded responds
  continued continues remarked remarks observed observes commented comments conceded concedes confirmed
  confirms denied denies stressed stresses emphasised emphasized cautioned cautions estimated estimates
  suggested suggests recalled recalls urged urges boasted boasts complained complains countered counters
  contended contends concluded concludes reiterated reiterates repeated asked asks answered answers
  testified testifies forecast forecasts revealed reveals disclosed discloses insisted reported reports
  shouted wrote agreed agrees recounted explained interjected quipped joked pointed called calls described
  describes dubbed welcomed welcomes dismissed dismisses criticised criticized criticises criticizes
  praised praises condemned condemns hailed hails branded brands labelled labeled slammed disputed
`);

/** "-s" forms that are as often plural nouns ("the Conservative pledges", "his claims"): verbs only after a person. */
export const AMBIGUOUS_VERBS = words(`
  claims notes remarks comments calls answers reports estimates forecasts forecast posts states tweets
  promises pledges vows replies counters brands hails
`);

/** "…, telling the programme:" and "…, adding that": the sentence's own subject is speaking. */
export const PARTICIPLES = words(`
  telling saying adding warning insisting arguing claiming noting explaining declaring stating writing
  asking answering replying responding promising pledging vowing predicting acknowledging admitting
  conceding stressing
`);

/** Attribution verbs that say what kind of statement follows. */
export const PROMISE_VERBS = words("promised promises pledged pledges vowed vows promising pledging vowing");
export const PREDICTION_VERBS = words("predicted predicts forecast forecasts estimated estimates predicting");

/** Words allowed between a speaker and the verb: "Blinken has also said", "she later added". */
export const AUXILIARIES = words(`
  has had have was were is would will also later then again previously once further reportedly
  recently earlier repeatedly publicly privately initially finally subsequently separately still
  often frequently simply just flatly firmly quickly angrily calmly bluntly
`);

export const PRONOUNS = words("he she they");

/**
 * Honorifics hide the surname and say little about the role; "Dr." and "Prof." count as honorifics
 * so an apposition ("an economist at Valdor University") can supply the actual title.
 */
export const HONORIFICS = words("mr mr. mrs mrs. ms ms. miss mx mx. sir dame dr dr. prof prof.");

/** Words that open a title ("Health Minister", "Chief Executive") when capitalised before a name. */
export const TITLE_CORE = words(`
  president vice-president minister premier secretary chancellor senator sen. representative rep.
  congressman congresswoman governor gov. mayor director chief executive officer ceo cfo coo cto
  chair chairman chairwoman chairperson spokesman spokeswoman spokesperson ambassador envoy commissioner
  head leader judge justice attorney prosecutor professor doctor colonel col. captain
  capt. lieutenant lt. sergeant sgt. commander admiral general gen. major inspector superintendent
  detective king queen prince princess pope archbishop bishop cardinal rabbi imam sheikh coach manager
  founder economist analyst treasurer auditor speaker councillor councilor deputy mp administrator
  master pollster sheriff marshal constable adviser advisor counsel solicitor ombudsman warden
`);

/** Words that may continue a title after its core word: "Secretary of State", "Minister for Health". */
export const TITLE_EXTENSION = words(`
  state staff defence defense health finance foreign affairs interior home education trade energy
  economy environment agriculture transport transportation justice labor labour commerce industry
  treasury security homeland culture tourism housing development police army navy general executive
  officer operating financial technology information communications welfare employment science
  research digital climate
`);

/** Lowercase role nouns, for appositions ("the company's chief executive") and "the minister said". */
export const ROLE_NOUNS = words(`
  minister secretary president chief executive officer spokesperson spokesman spokeswoman director
  chairman chairwoman chair chairperson head leader analyst economist professor researcher scientist
  official mayor governor senator lawmaker legislator ambassador adviser advisor aide founder manager
  coach captain commander general judge lawyer attorney prosecutor doctor nurse teacher principal
  resident farmer owner expert engineer representative commissioner inspector chancellor treasurer
  editor author activist organiser organizer negotiator envoy diplomat deputy candidate member ceo
  strategist consultant partner investor historian epidemiologist physician surgeon superintendent
  detective sergeant lieutenant colonel admiral administrator coordinator supervisor dean rector
  councillor councilor campaigner witness student worker volunteer pastor priest bishop mp premier
  pollster fellow engineer master sheriff ombudsman warden solicitor counsel
`);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const NOT_NAMES = words(`
  the a an but and or however meanwhile later earlier also then now still yet so in on at as when
  while after before asked speaking separately instead moreover furthermore today yesterday tomorrow
  last this that these those it he she they we i his her their its our my your both many some most
  several other others according if there here what why how where who which since until though
  although despite during under over for from with without by to of not no all every each
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december
`);

/** Plural subjects at the start of a sentence ("Officials said") that are not people's names. */
export const GROUP_NOUNS = words(`
  officials residents analysts police experts critics officers witnesses investigators authorities
  researchers scientists protesters voters workers economists doctors lawmakers sources organisers
  organizers students parents teachers people observers diplomats leaders ministers prosecutors
  negotiators supporters opponents members reporters journalists
`);

/** Lowercase words that may sit inside a name or title ("Secretary of State", "Ursula von Berg"). */
export const NAME_CONNECTORS = words("of for the and de van von der den da di du le la bin ibn al el dos das del y");

/** Words that open a noun phrase and are dropped from a title ("the company's chief executive"). */
export const DETERMINERS = words("the a an its his her their our this that");

/** Abbreviations whose full stop does not end a sentence even before a capital ("Mr. Roe", "Gen. Ames"). */
export const ABBREVIATIONS = words(`
  mr mrs ms mx dr prof sen rep gov gen col lt sgt capt st mt vs jan feb mar apr jun jul aug sep sept
  oct nov dec e.g i.e
`);

export const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");
