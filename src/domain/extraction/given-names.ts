/**
 * Common given names whose bearers are, by a wide margin, men or women, so that "she said" is not
 * pinned on a man. Small on purpose: a name missing here leaves a person's gender unknown, which
 * only makes the pronoun resolver more careful; names borne by both (Jamie, Sam, Alex, Jordan,
 * Robin, Andrea, Jean, Kim...) are left out.
 */

const list = (names: string): ReadonlySet<string> => new Set(names.trim().split(/\s+/));

export const MALE_NAMES = list(`
  aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alexander alexandre alfred
  ali alistair amir anders andre andreas andrew andrei angus anthony antoine anton antonio antony arjun
  arthur ashok barack barry ben benjamin bernard bill bob boris brandon brendan brian bruce bruno carl
  carlos charles christian christopher clive colin conor craig dan daniel darren david dennis derek diego
  dieter dmitri domenico donald doug douglas duncan dylan eddie edward emmanuel enrique eric erik ernesto
  ethan evan fabio felipe fernando francesco francis francisco frank franz fred gabriel gareth gary gavin
  geoffrey george gerald gerhard giorgio giuseppe gordon graham greg gregory guillaume gustavo hamid hans
  harold harry hassan hector henry hiroshi howard hugh hugo ian ibrahim igor ivan jack jacob jake james
  jan jason javier jeff jeffrey jeremy jerome jim jimmy joe johan johannes john jon jonathan jorge jose
  joseph juan julian karim karl keith ken kenji kenneth kevin khalid klaus kofi kwame lars lawrence
  leon leonard liam lionel lorenzo luca lucas luis luke malcolm manuel marc marco marcus mario mark martin
  mateo matteo matthew mauricio max michael miguel mikhail mitch mohamed mohammed muhammad neil nelson
  nicholas nick nigel niklas noah oliver olivier omar oscar owen pablo patrick paul pedro peter philip
  philippe pierre rafael rahul rajesh ralph ramon raul ray raymond rhodri ricardo richard rishi robert
  roberto rodrigo roger ronald rory roy rudy russell ryan salman samuel scott sean sebastian sergei sergio
  seth simon stefan stephen steve steven stuart takeshi ted terry thomas tim timothy tobias todd tom tommy
  tony trevor victor vikram vincent vladimir walter wayne william wolfgang xavier yusuf yves zachary
`);

export const FEMALE_NAMES = list(`
  abigail ada adriana agnes aisha alice alicia alison amanda amara amelia amy ana anastasia angela
  angelica anita ann anna anne annette antonia barbara beatrice beatriz bella bernadette beth bettina
  brenda bridget camila carla carmen carol caroline catherine cecilia charlotte chloe christina christine
  claire clara claudia cristina cynthia daniela deborah denise diana diane donna dorothy elena eleanor
  elisa elizabeth ella ellen emily emma erika esther eva evelyn fatima fiona florence frances francesca
  gabriela gloria grace hannah harriet heather helen helena ingrid irene isabel isabella jacqueline jane
  janet janice jennifer jessica joan joanna josephine joyce judith julia juliet karen katherine
  kathleen kathryn katie kirsty lara laura lauren leila linda lisa lorraine louise lucia lucy lydia
  magdalena margaret maria marie marina marion martha mary maya megan melanie melissa michelle monica
  nadia nancy naomi natalia natasha nicole nina nora olga olivia pamela patricia paula pauline penelope
  priya rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila silvia sofia
  sonia sophie stephanie susan suzanne svetlana tamara teresa theresa tina ursula valentina valerie
  vanessa vera veronica victoria virginia wendy yasmin yvonne zara zoe
`);
