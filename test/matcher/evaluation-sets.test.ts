import { beforeAll, describe, expect, it } from 'vitest';
import { createNormaliser } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet, neverTuned246Families, neverTuned246Set, neverTuned247Families, neverTuned247Set, neverTuned248Families, neverTuned248Set, neverTuned249Families, neverTuned249Set, neverTunedFamilies, neverTunedSet, tuning2Families, tuning2Set, tuning3Families, tuning3Set, tuning4Families, tuning4Set, tuning5Families, tuning5Set, tuning6Families, tuning6Set, tuning7Families, tuning7Set, tuning8Families, tuning8Set, tuning9Families, tuning9Set, tuning10Families, tuning10Set, tuning11Families, tuning11Set, tuning12Families, tuning12Set, tuning13Families, tuning13Set, tuning14Families, tuning14Set, tuning15Families, tuning15Set, tuning16Families, tuning16Set, tuning17Families, tuning17Set, tuning18Families, tuning18Set, tuning19Families, tuning19Set, tuning20Families, tuning20Set, tuning21Families, tuning21Set, tuning22Families, tuning22Set, tuning23Families, tuning23Set, tuning24Families, tuning24Set, tuning25Families, tuning25Set, tuning26Families, tuning26Set, tuning27Families, tuning27Set, tuning28Families, tuning28Set, tuning29Families, tuning29Set, tuning30Families, tuning30Set, tuning31Families, tuning31Set, tuning32Families, tuning32Set, tuning33Families, tuning33Set, tuning34Families, tuning34Set, tuning35Families, tuning35Set, tuning36Families, tuning36Set, tuning37Families, tuning37Set, tuning38Families, tuning38Set, tuning39Families, tuning39Set, tuning40Families, tuning40Set, tuning41Families, tuning41Set, tuning42Families, tuning42Set, tuning43Families, tuning43Set, tuning44Families, tuning44Set, tuning45Families, tuning45Set, tuning46Families, tuning46Set, tuning47Families, tuning47Set, tuning48Families, tuning48Set, tuning49Families, tuning49Set, tuning50Families, tuning50Set, tuning51Families, tuning51Set, tuning52Families, tuning52Set, tuning53Families, tuning53Set, tuning54Families, tuning54Set, tuning55Families, tuning55Set, tuning56Families, tuning56Set, tuning57Families, tuning57Set, tuning58Families, tuning58Set, tuning59Families, tuning59Set, tuning60Families, tuning60Set, tuning61Families, tuning61Set, tuning62Families, tuning62Set, tuning63Families, tuning63Set, tuning64Families, tuning64Set, tuning65Families, tuning65Set, tuning66Families, tuning66Set, tuning67Families, tuning67Set, tuning68Families, tuning68Set, tuning69Families, tuning69Set, tuning70Families, tuning70Set, tuning71Families, tuning71Set, tuning72Families, tuning72Set, tuning73Families, tuning73Set, tuning74Families, tuning74Set, tuning75Families, tuning75Set, tuning76Families, tuning76Set, tuning77Families, tuning77Set, tuning78Families, tuning78Set, tuning79Families, tuning79Set, tuning80Families, tuning80Set, tuning81Families, tuning81Set, tuning82Families, tuning82Set, tuning83Families, tuning83Set, tuning84Families, tuning84Set, tuning85Families, tuning85Set, tuning86Families, tuning86Set, tuning87Families, tuning87Set, tuning88Families, tuning88Set, tuning89Families, tuning89Set, tuning90Families, tuning90Set, tuning91Families, tuning91Set, tuning92Families, tuning92Set, tuning93Families, tuning93Set, tuning94Families, tuning94Set, tuning95Families, tuning95Set, tuning96Families, tuning96Set, tuning97Families, tuning97Set, tuning98Families, tuning98Set, tuning99Families, tuning99Set, tuning100Families, tuning100Set, tuning101Families, tuning101Set, tuning102Families, tuning102Set, tuning103Families, tuning103Set, tuning104Families, tuning104Set, tuning105Families, tuning105Set, tuning106Families, tuning106Set, tuning107Families, tuning107Set, tuning108Families, tuning108Set, tuning109Families, tuning109Set, tuning110Families, tuning110Set, tuning111Families, tuning111Set, tuning112Families, tuning112Set, tuning113Families, tuning113Set, tuning114Families, tuning114Set, tuning115Families, tuning115Set, tuning116Families, tuning116Set, tuning117Families, tuning117Set, tuning118Families, tuning118Set, tuning119Families, tuning119Set, tuning120Families, tuning120Set, tuning121Families, tuning121Set, tuning122Families, tuning122Set, tuning123Families, tuning123Set, tuning124Families, tuning124Set, tuning125Families, tuning125Set, tuning126Families, tuning126Set, tuning127Families, tuning127Set, tuning128Families, tuning128Set, tuning129Families, tuning129Set, tuning130Families, tuning130Set, tuning131Families, tuning131Set, tuning132Families, tuning132Set, tuning133Families, tuning133Set, tuning134Families, tuning134Set, tuning135Families, tuning135Set, tuning136Families, tuning136Set, tuning137Families, tuning137Set, tuning138Families, tuning138Set, tuning139Families, tuning139Set, tuning140Families, tuning140Set, tuning141Families, tuning141Set, tuning142Families, tuning142Set, tuning143Families, tuning143Set, tuning144Families, tuning144Set, tuning145Families, tuning145Set, tuning146Families, tuning146Set, tuning147Families, tuning147Set, tuning148Families, tuning148Set, tuning149Families, tuning149Set, tuning150Families, tuning150Set, tuning151Families, tuning151Set, tuning152Families, tuning152Set, tuning153Families, tuning153Set, tuning154Families, tuning154Set, tuning155Families, tuning155Set, tuning156Families, tuning156Set, tuning157Families, tuning157Set, tuning158Families, tuning158Set, tuning159Families, tuning159Set, tuning160Families, tuning160Set, tuning161Families, tuning161Set, tuning162Families, tuning162Set, tuning163Families, tuning163Set, tuning164Families, tuning164Set, tuning165Families, tuning165Set, tuning166Families, tuning166Set, tuning167Families, tuning167Set, tuning168Families, tuning168Set, tuning169Families, tuning169Set, tuning170Families, tuning170Set, tuning171Families, tuning171Set, tuning172Families, tuning172Set, tuning173Families, tuning173Set, tuning174Families, tuning174Set, tuning175Families, tuning175Set, tuning176Families, tuning176Set, tuning177Families, tuning177Set, tuning178Families, tuning178Set, tuning179Families, tuning179Set, tuning180Families, tuning180Set, tuning181Families, tuning181Set, tuning182Families, tuning182Set, tuning183Families, tuning183Set, tuning184Families, tuning184Set, tuning185Families, tuning185Set, tuning186Families, tuning186Set, tuning187Families, tuning187Set, tuning188Families, tuning188Set, tuning189Families, tuning189Set, tuning190Families, tuning190Set, tuning191Families, tuning191Set, tuning192Families, tuning192Set, tuning193Families, tuning193Set, tuning194Families, tuning194Set, tuning195Families, tuning195Set, tuning196Families, tuning196Set, tuning197Families, tuning197Set, tuning198Families, tuning198Set, tuning199Families, tuning199Set, tuning200Families, tuning200Set, tuning201Families, tuning201Set, tuning202Families, tuning202Set, tuning203Families, tuning203Set, tuning204Families, tuning204Set, tuning205Families, tuning205Set, tuning206Families, tuning206Set, tuning207Families, tuning207Set, tuning208Families, tuning208Set, tuning209Families, tuning209Set, tuning210Families, tuning210Set, tuning211Families, tuning211Set, tuning212Families, tuning212Set, tuning213Families, tuning213Set, tuning214Families, tuning214Set, tuning215Families, tuning215Set, tuning216Families, tuning216Set, tuning217Families, tuning217Set, tuning218Families, tuning218Set, tuning219Families, tuning219Set, tuning220Families, tuning220Set, tuning221Families, tuning221Set, tuning222Families, tuning222Set, tuning223Families, tuning223Set, tuning224Families, tuning224Set, tuning225Families, tuning225Set, tuning226Families, tuning226Set, tuning227Families, tuning227Set, tuning228Families, tuning228Set, tuning229Families, tuning229Set, tuning230Families, tuning230Set, tuning231Families, tuning231Set, tuning232Families, tuning232Set, tuning233Families, tuning233Set, tuning234Families, tuning234Set, tuning235Families, tuning235Set, tuning236Families, tuning236Set, tuning237Families, tuning237Set, tuning238Families, tuning238Set, tuning239Families, tuning239Set, tuning240Families, tuning240Set, tuning241Families, tuning241Set, tuning242Families, tuning242Set, tuning243Families, tuning243Set, tuning244Families, tuning244Set, tuning245Families, tuning245Set, tuningFamilies, tuningSet, type EvalItem } from '../../testkit/evaluation/index.js';

const training = Object.values(trainingExamples).flat();
const n = createNormaliser();
// Every split is held against every other, so each message's forms are worked out once and kept.
const formsOf = new Map<string, string[]>();
/** The forms under which two messages count as the same: as written, as words, as the classifier's stems. */
function forms(t: string): string[] {
  let f = formsOf.get(t);
  if (f === undefined) formsOf.set(t, (f = readForms(t)));
  return f;
}
function readForms(t: string): string[] {
  const read = n.normalise(t);
  // A message the matcher reads little of (emoji only, mostly another script, by its words or by its
  // letters where the script has no spaces) is compared as written only: two different Russian
  // questions both read as "timewait vos cps" are not the same.
  const written = t.split(/\s+/).filter((w) => w !== '').length;
  if (read.words.length * 2 < written || read.phrase.length * 2 < t.length || read.stems.length === 0) return [`raw:${t.trim().toLowerCase()}`];
  // The figures, in any script's digits, belong to the message: "about 80 sockets" and "about 70" read alike otherwise.
  const figures = (t.match(/\p{Nd}+/gu) ?? []).join(',');
  return [`raw:${t.trim().toLowerCase()}`, `phrase:${read.phrase.trim()}|${figures}`, `stems:${read.stems.join(' ')}|${figures}`];
}
/** The messages of `items` that are also, in any of the forms above, among `others`. */
function shared(items: readonly EvalItem[], others: readonly string[]): string[] {
  const seen = new Set(others.flatMap(forms));
  return items.filter((e) => forms(e.text).some((f) => seen.has(f))).map((e) => e.text);
}
const texts = (items: readonly EvalItem[]) => items.map((e) => e.text);

const PLAYBOOKS = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
const LOOK_ALIKES = ['bindOnePort', 'registrationOtherCause', 'questionsSmallFigures', 'firewallNoRst', 'negationContext'] as const;
const LOOK_ALIKES_NAMED_PLAINLY = ['oneListeningPort', 'otherRegistrationCause', 'smallFigures', 'firewallNoRst', 'negationContext'] as const;

/** Every split, apart from the training examples: none may share a message with another or with the training. */
const splits: readonly { name: string; items: readonly EvalItem[] }[] = [
  { name: 'held-out', items: evalSet },
  { name: 'never-tuned', items: neverTunedSet },
  { name: 'never-tuned-246', items: neverTuned246Set },
  { name: 'never-tuned-247', items: neverTuned247Set },
  { name: 'never-tuned-248', items: neverTuned248Set },
  { name: 'never-tuned-249', items: neverTuned249Set },
  { name: 'tuning', items: tuningSet },
  { name: 'tuning-2', items: tuning2Set },
  { name: 'tuning-3', items: tuning3Set },
  { name: 'tuning-4', items: tuning4Set },
  { name: 'tuning-5', items: tuning5Set },
  { name: 'tuning-6', items: tuning6Set },
  { name: 'tuning-7', items: tuning7Set },
  { name: 'tuning-8', items: tuning8Set },
  { name: 'tuning-9', items: tuning9Set },
  { name: 'tuning-10', items: tuning10Set },
  { name: 'tuning-11', items: tuning11Set },
  { name: 'tuning-12', items: tuning12Set },
  { name: 'tuning-13', items: tuning13Set },
  { name: 'tuning-14', items: tuning14Set },
  { name: 'tuning-15', items: tuning15Set },
  { name: 'tuning-16', items: tuning16Set },
  { name: 'tuning-17', items: tuning17Set },
  { name: 'tuning-18', items: tuning18Set },
  { name: 'tuning-19', items: tuning19Set },
  { name: 'tuning-20', items: tuning20Set },
  { name: 'tuning-21', items: tuning21Set },
  { name: 'tuning-22', items: tuning22Set },
  { name: 'tuning-23', items: tuning23Set },
  { name: 'tuning-24', items: tuning24Set },
  { name: 'tuning-25', items: tuning25Set },
  { name: 'tuning-26', items: tuning26Set },
  { name: 'tuning-27', items: tuning27Set },
  { name: 'tuning-28', items: tuning28Set },
  { name: 'tuning-29', items: tuning29Set },
  { name: 'tuning-30', items: tuning30Set },
  { name: 'tuning-31', items: tuning31Set },
  { name: 'tuning-32', items: tuning32Set },
  { name: 'tuning-33', items: tuning33Set },
  { name: 'tuning-34', items: tuning34Set },
  { name: 'tuning-35', items: tuning35Set },
  { name: 'tuning-36', items: tuning36Set },
  { name: 'tuning-37', items: tuning37Set },
  { name: 'tuning-38', items: tuning38Set },
  { name: 'tuning-39', items: tuning39Set },
  { name: 'tuning-40', items: tuning40Set },
  { name: 'tuning-41', items: tuning41Set },
  { name: 'tuning-42', items: tuning42Set },
  { name: 'tuning-43', items: tuning43Set },
  { name: 'tuning-44', items: tuning44Set },
  { name: 'tuning-45', items: tuning45Set },
  { name: 'tuning-46', items: tuning46Set },
  { name: 'tuning-47', items: tuning47Set },
  { name: 'tuning-48', items: tuning48Set },
  { name: 'tuning-49', items: tuning49Set },
  { name: 'tuning-50', items: tuning50Set },
  { name: 'tuning-51', items: tuning51Set },
  { name: 'tuning-52', items: tuning52Set },
  { name: 'tuning-53', items: tuning53Set },
  { name: 'tuning-54', items: tuning54Set },
  { name: 'tuning-55', items: tuning55Set },
  { name: 'tuning-56', items: tuning56Set },
  { name: 'tuning-57', items: tuning57Set },
  { name: 'tuning-58', items: tuning58Set },
  { name: 'tuning-59', items: tuning59Set },
  { name: 'tuning-60', items: tuning60Set },
  { name: 'tuning-61', items: tuning61Set },
  { name: 'tuning-62', items: tuning62Set },
  { name: 'tuning-63', items: tuning63Set },
  { name: 'tuning-64', items: tuning64Set },
  { name: 'tuning-65', items: tuning65Set },
  { name: 'tuning-66', items: tuning66Set },
  { name: 'tuning-67', items: tuning67Set },
  { name: 'tuning-68', items: tuning68Set },
  { name: 'tuning-69', items: tuning69Set },
  { name: 'tuning-70', items: tuning70Set },
  { name: 'tuning-71', items: tuning71Set },
  { name: 'tuning-72', items: tuning72Set },
  { name: 'tuning-73', items: tuning73Set },
  { name: 'tuning-74', items: tuning74Set },
  { name: 'tuning-75', items: tuning75Set },
  { name: 'tuning-76', items: tuning76Set },
  { name: 'tuning-77', items: tuning77Set },
  { name: 'tuning-78', items: tuning78Set },
  { name: 'tuning-79', items: tuning79Set },
  { name: 'tuning-80', items: tuning80Set },
  { name: 'tuning-81', items: tuning81Set },
  { name: 'tuning-82', items: tuning82Set },
  { name: 'tuning-83', items: tuning83Set },
  { name: 'tuning-84', items: tuning84Set },
  { name: 'tuning-85', items: tuning85Set },
  { name: 'tuning-86', items: tuning86Set },
  { name: 'tuning-87', items: tuning87Set },
  { name: 'tuning-88', items: tuning88Set },
  { name: 'tuning-89', items: tuning89Set },
  { name: 'tuning-90', items: tuning90Set },
  { name: 'tuning-91', items: tuning91Set },
  { name: 'tuning-92', items: tuning92Set },
  { name: 'tuning-93', items: tuning93Set },
  { name: 'tuning-94', items: tuning94Set },
  { name: 'tuning-95', items: tuning95Set },
  { name: 'tuning-96', items: tuning96Set },
  { name: 'tuning-97', items: tuning97Set },
  { name: 'tuning-98', items: tuning98Set },
  { name: 'tuning-99', items: tuning99Set },
  { name: 'tuning-100', items: tuning100Set },
  { name: 'tuning-101', items: tuning101Set },
  { name: 'tuning-102', items: tuning102Set },
  { name: 'tuning-103', items: tuning103Set },
  { name: 'tuning-104', items: tuning104Set },
  { name: 'tuning-105', items: tuning105Set },
  { name: 'tuning-106', items: tuning106Set },
  { name: 'tuning-107', items: tuning107Set },
  { name: 'tuning-108', items: tuning108Set },
  { name: 'tuning-109', items: tuning109Set },
  { name: 'tuning-110', items: tuning110Set },
  { name: 'tuning-111', items: tuning111Set },
  { name: 'tuning-112', items: tuning112Set },
  { name: 'tuning-113', items: tuning113Set },
  { name: 'tuning-114', items: tuning114Set },
  { name: 'tuning-115', items: tuning115Set },
  { name: 'tuning-116', items: tuning116Set },
  { name: 'tuning-117', items: tuning117Set },
  { name: 'tuning-118', items: tuning118Set },
  { name: 'tuning-119', items: tuning119Set },
  { name: 'tuning-120', items: tuning120Set },
  { name: 'tuning-121', items: tuning121Set },
  { name: 'tuning-122', items: tuning122Set },
  { name: 'tuning-123', items: tuning123Set },
  { name: 'tuning-124', items: tuning124Set },
  { name: 'tuning-125', items: tuning125Set },
  { name: 'tuning-126', items: tuning126Set },
  { name: 'tuning-127', items: tuning127Set },
  { name: 'tuning-128', items: tuning128Set },
  { name: 'tuning-129', items: tuning129Set },
  { name: 'tuning-130', items: tuning130Set },
  { name: 'tuning-131', items: tuning131Set },
  { name: 'tuning-132', items: tuning132Set },
  { name: 'tuning-133', items: tuning133Set },
  { name: 'tuning-134', items: tuning134Set },
  { name: 'tuning-135', items: tuning135Set },
  { name: 'tuning-136', items: tuning136Set },
  { name: 'tuning-137', items: tuning137Set },
  { name: 'tuning-138', items: tuning138Set },
  { name: 'tuning-139', items: tuning139Set },
  { name: 'tuning-140', items: tuning140Set },
  { name: 'tuning-141', items: tuning141Set },
  { name: 'tuning-142', items: tuning142Set },
  { name: 'tuning-143', items: tuning143Set },
  { name: 'tuning-144', items: tuning144Set },
  { name: 'tuning-145', items: tuning145Set },
  { name: 'tuning-146', items: tuning146Set },
  { name: 'tuning-147', items: tuning147Set },
  { name: 'tuning-148', items: tuning148Set },
  { name: 'tuning-149', items: tuning149Set },
  { name: 'tuning-150', items: tuning150Set },
  { name: 'tuning-151', items: tuning151Set },
  { name: 'tuning-152', items: tuning152Set },
  { name: 'tuning-153', items: tuning153Set },
  { name: 'tuning-154', items: tuning154Set },
  { name: 'tuning-155', items: tuning155Set },
  { name: 'tuning-156', items: tuning156Set },
  { name: 'tuning-157', items: tuning157Set },
  { name: 'tuning-158', items: tuning158Set },
  { name: 'tuning-159', items: tuning159Set },
  { name: 'tuning-160', items: tuning160Set },
  { name: 'tuning-161', items: tuning161Set },
  { name: 'tuning-162', items: tuning162Set },
  { name: 'tuning-163', items: tuning163Set },
  { name: 'tuning-164', items: tuning164Set },
  { name: 'tuning-165', items: tuning165Set },
  { name: 'tuning-166', items: tuning166Set },
  { name: 'tuning-167', items: tuning167Set },
  { name: 'tuning-168', items: tuning168Set },
  { name: 'tuning-169', items: tuning169Set },
  { name: 'tuning-170', items: tuning170Set },
  { name: 'tuning-171', items: tuning171Set },
  { name: 'tuning-172', items: tuning172Set },
  { name: 'tuning-173', items: tuning173Set },
  { name: 'tuning-174', items: tuning174Set },
  { name: 'tuning-175', items: tuning175Set },
  { name: 'tuning-176', items: tuning176Set },
  { name: 'tuning-177', items: tuning177Set },
  { name: 'tuning-178', items: tuning178Set },
  { name: 'tuning-179', items: tuning179Set },
  { name: 'tuning-180', items: tuning180Set },
  { name: 'tuning-181', items: tuning181Set },
  { name: 'tuning-182', items: tuning182Set },
  { name: 'tuning-183', items: tuning183Set },
  { name: 'tuning-184', items: tuning184Set },
  { name: 'tuning-185', items: tuning185Set },
  { name: 'tuning-186', items: tuning186Set },
  { name: 'tuning-187', items: tuning187Set },
  { name: 'tuning-188', items: tuning188Set },
  { name: 'tuning-189', items: tuning189Set },
  { name: 'tuning-190', items: tuning190Set },
  { name: 'tuning-191', items: tuning191Set },
  { name: 'tuning-192', items: tuning192Set },
  { name: 'tuning-193', items: tuning193Set },
  { name: 'tuning-194', items: tuning194Set },
  { name: 'tuning-195', items: tuning195Set },
  { name: 'tuning-196', items: tuning196Set },
  { name: 'tuning-197', items: tuning197Set },
  { name: 'tuning-198', items: tuning198Set },
  { name: 'tuning-199', items: tuning199Set },
  { name: 'tuning-200', items: tuning200Set },
  { name: 'tuning-201', items: tuning201Set },
  { name: 'tuning-202', items: tuning202Set },
  { name: 'tuning-203', items: tuning203Set },
  { name: 'tuning-204', items: tuning204Set },
  { name: 'tuning-205', items: tuning205Set },
  { name: 'tuning-206', items: tuning206Set },
  { name: 'tuning-207', items: tuning207Set },
  { name: 'tuning-208', items: tuning208Set },
  { name: 'tuning-209', items: tuning209Set },
  { name: 'tuning-210', items: tuning210Set },
  { name: 'tuning-211', items: tuning211Set },
  { name: 'tuning-212', items: tuning212Set },
  { name: 'tuning-213', items: tuning213Set },
  { name: 'tuning-214', items: tuning214Set },
  { name: 'tuning-215', items: tuning215Set },
  { name: 'tuning-216', items: tuning216Set },
  { name: 'tuning-217', items: tuning217Set },
  { name: 'tuning-218', items: tuning218Set },
  { name: 'tuning-219', items: tuning219Set },
  { name: 'tuning-220', items: tuning220Set },
  { name: 'tuning-221', items: tuning221Set },
  { name: 'tuning-222', items: tuning222Set },
  { name: 'tuning-223', items: tuning223Set },
  { name: 'tuning-224', items: tuning224Set },
  { name: 'tuning-225', items: tuning225Set },
  { name: 'tuning-226', items: tuning226Set },
  { name: 'tuning-227', items: tuning227Set },
  { name: 'tuning-228', items: tuning228Set },
  { name: 'tuning-229', items: tuning229Set },
  { name: 'tuning-230', items: tuning230Set },
  { name: 'tuning-231', items: tuning231Set },
  { name: 'tuning-232', items: tuning232Set },
  { name: 'tuning-233', items: tuning233Set },
  { name: 'tuning-234', items: tuning234Set },
  { name: 'tuning-235', items: tuning235Set },
  { name: 'tuning-236', items: tuning236Set },
  { name: 'tuning-237', items: tuning237Set },
  { name: 'tuning-238', items: tuning238Set },
  { name: 'tuning-239', items: tuning239Set },
  { name: 'tuning-240', items: tuning240Set },
  { name: 'tuning-241', items: tuning241Set },
  { name: 'tuning-242', items: tuning242Set },
  { name: 'tuning-243', items: tuning243Set },
  { name: 'tuning-244', items: tuning244Set },
  { name: 'tuning-245', items: tuning245Set },
];

/** At least `min` messages, each named negative family with `perFamily` negatives only, and `perPlaybook` of each playbook. */
function expectShape(items: readonly EvalItem[], families: Record<string, readonly EvalItem[]>, negatives: readonly string[], sizes: { min: number; perFamily: number; perPlaybook: number }) {
  expect(items.length).toBeGreaterThanOrEqual(sizes.min);
  for (const family of negatives) {
    expect(families[family]?.length ?? 0, family).toBeGreaterThanOrEqual(sizes.perFamily);
    expect(families[family]!.every((e) => e.expect === null), family).toBe(true);
  }
  for (const id of PLAYBOOKS) expect(items.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(sizes.perPlaybook);
}

describe('the evaluation sets and tuning splits', () => {
  it('the first set has at least 200 messages, a third of them negatives, and 30 of each playbook', () => {
    expect(evalSet.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(evalSet.length / 3);
    expectShape(evalSet, {}, [], { min: 200, perFamily: 0, perPlaybook: 30 });
  });

  it('the never-tuned sets have at least 150 messages: every look-alike family, and fresh messages of each playbook', () => {
    expectShape(neverTunedSet, neverTunedFamilies, LOOK_ALIKES.filter((f) => f !== 'negationContext'), { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(neverTuned246Set, neverTuned246Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(neverTuned247Set, neverTuned247Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(neverTuned248Set, neverTuned248Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(neverTuned249Set, neverTuned249Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
  });

  it('the tuning splits cover the same families: the first as the never-tuned set, the others as the sets they were', () => {
    expect(Object.keys(tuningFamilies)).toEqual(Object.keys(neverTunedFamilies));
    for (const [family, items] of Object.entries(tuningFamilies)) expect(items.length, family).toBeGreaterThanOrEqual(3);
    expectShape(tuning2Set, tuning2Families, LOOK_ALIKES, { min: 150, perFamily: 15, perPlaybook: 20 });
    expectShape(tuning3Set, tuning3Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning4Set, tuning4Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning5Set, tuning5Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning6Set, tuning6Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning7Set, tuning7Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning8Set, tuning8Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning9Set, tuning9Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning10Set, tuning10Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning11Set, tuning11Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning12Set, tuning12Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning13Set, tuning13Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning14Set, tuning14Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning15Set, tuning15Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning16Set, tuning16Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning17Set, tuning17Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning18Set, tuning18Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning19Set, tuning19Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning20Set, tuning20Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning21Set, tuning21Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning22Set, tuning22Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning23Set, tuning23Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning24Set, tuning24Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning25Set, tuning25Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning26Set, tuning26Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning27Set, tuning27Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning28Set, tuning28Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning29Set, tuning29Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning30Set, tuning30Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning31Set, tuning31Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning32Set, tuning32Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning33Set, tuning33Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning34Set, tuning34Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning35Set, tuning35Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning36Set, tuning36Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning37Set, tuning37Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning38Set, tuning38Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning39Set, tuning39Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning40Set, tuning40Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning41Set, tuning41Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning42Set, tuning42Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning43Set, tuning43Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning44Set, tuning44Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning45Set, tuning45Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning46Set, tuning46Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning47Set, tuning47Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning48Set, tuning48Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning49Set, tuning49Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning50Set, tuning50Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning51Set, tuning51Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning52Set, tuning52Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning53Set, tuning53Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning54Set, tuning54Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning55Set, tuning55Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning56Set, tuning56Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning57Set, tuning57Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning58Set, tuning58Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning59Set, tuning59Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning60Set, tuning60Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning61Set, tuning61Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning62Set, tuning62Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning63Set, tuning63Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning64Set, tuning64Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning65Set, tuning65Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning66Set, tuning66Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning67Set, tuning67Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning68Set, tuning68Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning69Set, tuning69Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning70Set, tuning70Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning71Set, tuning71Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning72Set, tuning72Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning73Set, tuning73Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning74Set, tuning74Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning75Set, tuning75Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning76Set, tuning76Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning77Set, tuning77Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning78Set, tuning78Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning79Set, tuning79Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning80Set, tuning80Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning81Set, tuning81Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning82Set, tuning82Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning83Set, tuning83Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning84Set, tuning84Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning85Set, tuning85Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning86Set, tuning86Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning87Set, tuning87Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning88Set, tuning88Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning89Set, tuning89Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning90Set, tuning90Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning91Set, tuning91Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning92Set, tuning92Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning93Set, tuning93Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning94Set, tuning94Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning95Set, tuning95Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning96Set, tuning96Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning97Set, tuning97Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning98Set, tuning98Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning99Set, tuning99Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning100Set, tuning100Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning101Set, tuning101Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning102Set, tuning102Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning103Set, tuning103Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning104Set, tuning104Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning105Set, tuning105Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning106Set, tuning106Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning107Set, tuning107Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning108Set, tuning108Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning109Set, tuning109Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning110Set, tuning110Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning111Set, tuning111Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning112Set, tuning112Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning113Set, tuning113Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning114Set, tuning114Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning115Set, tuning115Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning116Set, tuning116Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning117Set, tuning117Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning118Set, tuning118Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning119Set, tuning119Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning120Set, tuning120Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning121Set, tuning121Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning122Set, tuning122Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning123Set, tuning123Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning124Set, tuning124Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning125Set, tuning125Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning126Set, tuning126Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning127Set, tuning127Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning128Set, tuning128Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning129Set, tuning129Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning130Set, tuning130Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning131Set, tuning131Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning132Set, tuning132Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning133Set, tuning133Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning134Set, tuning134Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning135Set, tuning135Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning136Set, tuning136Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning137Set, tuning137Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning138Set, tuning138Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning139Set, tuning139Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning140Set, tuning140Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning141Set, tuning141Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning142Set, tuning142Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning143Set, tuning143Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning144Set, tuning144Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning145Set, tuning145Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning146Set, tuning146Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning147Set, tuning147Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning148Set, tuning148Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning149Set, tuning149Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning150Set, tuning150Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning151Set, tuning151Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning152Set, tuning152Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning153Set, tuning153Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning154Set, tuning154Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning155Set, tuning155Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning156Set, tuning156Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning157Set, tuning157Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning158Set, tuning158Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning159Set, tuning159Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning160Set, tuning160Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning161Set, tuning161Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning162Set, tuning162Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning163Set, tuning163Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning164Set, tuning164Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning165Set, tuning165Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning166Set, tuning166Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning167Set, tuning167Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning168Set, tuning168Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning169Set, tuning169Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning170Set, tuning170Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning171Set, tuning171Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning172Set, tuning172Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning173Set, tuning173Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning174Set, tuning174Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning175Set, tuning175Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning176Set, tuning176Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning177Set, tuning177Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning178Set, tuning178Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning179Set, tuning179Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning180Set, tuning180Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning181Set, tuning181Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning182Set, tuning182Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning183Set, tuning183Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning184Set, tuning184Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning185Set, tuning185Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning186Set, tuning186Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning187Set, tuning187Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning188Set, tuning188Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning189Set, tuning189Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning190Set, tuning190Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning191Set, tuning191Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning192Set, tuning192Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning193Set, tuning193Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning194Set, tuning194Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning195Set, tuning195Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning196Set, tuning196Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning197Set, tuning197Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning198Set, tuning198Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning199Set, tuning199Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning200Set, tuning200Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning201Set, tuning201Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning202Set, tuning202Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning203Set, tuning203Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning204Set, tuning204Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning205Set, tuning205Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning206Set, tuning206Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning207Set, tuning207Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning208Set, tuning208Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning209Set, tuning209Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning210Set, tuning210Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning211Set, tuning211Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning212Set, tuning212Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning213Set, tuning213Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning214Set, tuning214Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning215Set, tuning215Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning216Set, tuning216Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning217Set, tuning217Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning218Set, tuning218Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning219Set, tuning219Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning220Set, tuning220Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning221Set, tuning221Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning222Set, tuning222Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning223Set, tuning223Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning224Set, tuning224Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning225Set, tuning225Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning226Set, tuning226Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning227Set, tuning227Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning228Set, tuning228Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning229Set, tuning229Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning230Set, tuning230Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning231Set, tuning231Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning232Set, tuning232Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning233Set, tuning233Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning234Set, tuning234Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning235Set, tuning235Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning236Set, tuning236Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning237Set, tuning237Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning238Set, tuning238Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning239Set, tuning239Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning240Set, tuning240Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning241Set, tuning241Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning242Set, tuning242Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning243Set, tuning243Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning244Set, tuning244Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
    expectShape(tuning245Set, tuning245Families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
  });

  it.each(splits)('$name has no duplicates of its own', ({ items }) => {
    expect(new Set(texts(items)).size).toBe(items.length);
  });

  // Every message's forms are worked out once, before the cases that compare them: on a busy machine that alone takes
  // longer than one case may.
  beforeAll(() => {
    for (const t of training) forms(t);
    for (const split of splits) for (const e of split.items) forms(e.text);
  }, 300_000);

  it.each(splits)('$name shares no message with the training examples or any other split, not even after normalisation', ({ name, items }) => {
    expect(shared(items, training)).toEqual([]);
    for (const other of splits) if (other.name !== name) expect(shared(items, texts(other.items)), other.name).toEqual([]);
  });
});

describe('the training examples', () => {
  it('are several hundred messages, with every class well represented', () => {
    expect(training.length).toBeGreaterThanOrEqual(400);
    for (const list of Object.values(trainingExamples)) expect(list.length).toBeGreaterThanOrEqual(100);
    expect(trainingExamples.none.length).toBeGreaterThanOrEqual(training.length / 3);
  });

  it('do not repeat a message or put one message under two labels', () => {
    expect(new Set(training.map((t) => t.trim().toLowerCase())).size).toBe(training.length);
  });
});
