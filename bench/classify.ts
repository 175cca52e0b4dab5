// Benchmark of the symptom matcher (bot/matcher), per evaluation set (testkit/evaluation):
//   - held-out: the first evaluation set (the rules were tuned with it in view);
//   - never-tuned: written before the look-alike rules, never tuned on; only its figures are
//     printed (its misses only with --never-tuned-misses, for a report after tuning);
//   - tuning: the split the rules are tuned on; its misses are listed;
//   - tuning-2: written as a second never-tuned set and measured once as such (its first
//     figures are in its file), then tuned on; its misses are listed too;
//   - tuning-3: written without the matcher's rules in view as a third never-tuned set and
//     measured once as such (its first figures are in its file), then tuned on; misses listed;
//   - tuning-4: the fourth never-tuned set (as customers write on WhatsApp), measured once as
//     such (its first figures are in its file), then tuned on; misses listed;
//   - tuning-5: the fifth never-tuned set, measured as such before and after the round of rules
//     it was written for (its figures are in its file), then tuned on; misses listed;
//   - tuning-6: the sixth never-tuned set, measured as such before and after the round of rules
//     it was written during (its figures are in its file), then tuned on; misses listed;
//   - tuning-7: the seventh never-tuned set, measured as such before and after the round of rules
//     written after it (its figures are in its file), then tuned on; misses listed;
//   - tuning-8: the eighth never-tuned set, measured as such before and after the seventh round
//     of rules (its figures are in its file), then tuned on; misses listed;
//   - tuning-9: the ninth never-tuned set, measured as such before and after the seventh and
//     the eighth round of rules (its figures are in its file), then tuned on; misses listed;
//   - tuning-10: the tenth never-tuned set (live chat threads), measured as such before and after
//     the eighth and the ninth round of rules (its figures are in its file), then tuned on; misses listed;
//   - tuning-11: the eleventh never-tuned set (first contact and escalations), measured as such
//     before and after the ninth and the tenth round of rules (its figures are in its file), then
//     tuned on; misses listed;
//   - tuning-12: the twelfth never-tuned set (terse messages typed on a phone), measured as such
//     before and after the tenth round of rules and unchanged by the eleventh to the thirteenth (its
//     figures are in its file), then tuned on; misses listed;
//   - tuning-13: the thirteenth never-tuned set (the customers' own languages and scripts),
//     measured as such after the tenth and the eleventh round of rules (its figures are in its
//     file), then tuned on; misses listed;
//   - tuning-14: the fourteenth never-tuned set (forwards by the customers' own staff in their
//     languages), measured as such before and after the twelfth round of rules (its figures are
//     in its file), then tuned on; misses listed;
//   - tuning-15: the fifteenth never-tuned set (voice notes and casual chat in the customers' own
//     languages), measured as such before and after the thirteenth round of rules (its figures are
//     in its file), then tuned on; misses listed;
//   - tuning-16 and tuning-17: the sixteenth and seventeenth never-tuned sets (pasted diagnostics;
//     the whole story in one message), written before the fourteenth round of rules and measured as
//     such after it (and the sixteenth after the fifteenth too; their figures are in their files),
//     then tuned on; misses listed;
//   - tuning-18 and tuning-19: the eighteenth and nineteenth never-tuned sets (engineers who know
//     the switch; customers who do not know the jargon), written before the fifteenth round of rules
//     and measured as such after it and the sixteenth (their figures are in their files), then tuned
//     on; misses listed;
//   - tuning-20 and tuning-21: the twentieth and twenty-first never-tuned sets (Chinese-speaking
//     operators; French- and English-speaking Africa), written before the seventeenth round of rules
//     and measured as such after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-22 and tuning-23: the twenty-second and twenty-third never-tuned sets (the Middle East
//     and North Africa; Russian-speaking countries, the Caucasus and Central Asia), written before the
//     eighteenth round of rules and measured as such after it (their figures are in their files),
//     then tuned on; misses listed;
//   - tuning-24 and tuning-25: the twenty-fourth and twenty-fifth never-tuned sets (South Asia typed
//     fast in Latin letters; Southeast Asia), written before the nineteenth round of rules and
//     measured as such before and after it (their figures are in their files), then tuned on;
//     misses listed;
//   - tuning-26 and tuning-27: the twenty-sixth and twenty-seventh never-tuned sets (one day of a
//     support desk, from every market; smaller markets in their own languages), written after the
//     nineteenth round of rules and measured as such before and after the twentieth (their figures
//     are in their files), then tuned on; misses listed;
//   - tuning-28 and tuning-29: the twenty-eighth and twenty-ninth never-tuned sets (Latin America and
//     Iberia; resellers relaying their customers' words), written before the twentieth round of rules
//     and measured as such before and after it and the twenty-first (their figures are in their
//     files), then tuned on; misses listed;
//   - tuning-30 and tuning-31: the thirtieth and thirty-first never-tuned sets (Europe in its own
//     languages; Japanese and Korean), written before the twenty-first round of rules and measured as
//     such before and after it and the twenty-second (their figures are in their files), then tuned
//     on; misses listed;
//   - tuning-32 and tuning-33: the thirty-second and thirty-third never-tuned sets (native English
//     speakers at carriers; languages of other scripts typed in Latin letters), written before the
//     twenty-second round of rules and measured as such before and after it and the twenty-third
//     (their figures are in their files), then tuned on; misses listed;
//   - tuning-34 and tuning-35: the thirty-fourth and thirty-fifth never-tuned sets (India's regional
//     languages in their scripts; Africa in its own languages), written before the twenty-third round
//     of rules and measured as such before and after it and the twenty-fourth (their figures are in
//     their files), then tuned on; misses listed;
//   - tuning-36 and tuning-37: the thirty-sixth and thirty-seventh never-tuned sets (long escalation
//     e-mails pasted into the chat; Gulf carriers and their expatriate engineers), written before the
//     twenty-fourth round of rules and measured as such before and after it and the twenty-fifth
//     (their figures are in their files), then tuned on; misses listed;
//   - tuning-38 and tuning-39: the thirty-eighth and thirty-ninth never-tuned sets (French as France,
//     Belgium, Switzerland, Québec and the Maghreb write it; messages typed in a hurry during an
//     outage), written before the twenty-fifth round of rules and measured as such before and after it
//     and the twenty-sixth (their figures are in their files), then tuned on; misses listed;
//   - tuning-40 and tuning-41: the fortieth and forty-first never-tuned sets (messages dictated to a
//     phone, with speech-to-text slips; NOC handovers and monitoring alerts forwarded into the chat),
//     written before the twenty-sixth round of rules and measured as such before and after it and the
//     twenty-seventh (their figures are in their files), then tuned on; misses listed;
//   - tuning-42 and tuning-43: the forty-second and forty-third never-tuned sets (WhatsApp group
//     threads of a reseller, their customers and technicians; call-centre managers and other
//     non-technical staff describing what they see), written before the twenty-seventh round of rules
//     and measured as such before and after it and the twenty-eighth (their figures are in their
//     files), then tuned on; misses listed;
//   - tuning-44 and tuning-45: the forty-fourth and forty-fifth never-tuned sets (machine translations
//     pasted into the chat; Persian, Dari, Pashto and Urdu in their own script), written before the
//     twenty-eighth round of rules and measured as such before and after it and the twenty-ninth (their
//     figures are in their files), then tuned on; misses listed;
//   - tuning-46 and tuning-47: the forty-sixth and forty-seventh never-tuned sets (Turkish and
//     Azerbaijani; Vietnamese, Indonesian and Malay), written before the twenty-ninth round of rules and
//     measured as such before and after it and the thirtieth, and the forty-seventh after the
//     thirty-first too (their figures are in their files), then tuned on (in the thirty-first and
//     the thirty-second round); misses listed;
//   - tuning-48 and tuning-49: the forty-eighth and forty-ninth never-tuned sets (helpdesk tickets
//     forwarded into the chat; angry and sarcastic customers), written before the thirtieth round of
//     rules and measured as such before and after it, the thirty-first and the thirty-second (their
//     figures are in their files), then tuned on; misses listed;
//   - tuning-50 to tuning-53: the fiftieth to fifty-third never-tuned sets (hosting and cloud
//     engineers; Portuguese and Spanish in Africa and Iberia; formal South Asian English; Spanish typed
//     fast in Latin America), 50 and 51 written before the thirty-first round of rules, 52 and 53 before
//     the thirty-third, measured as such before and after every round up to the thirty-third (their
//     figures are in their files), then tuned on; misses listed;
//   - tuning-54 to tuning-57: the fifty-fourth to fifty-seventh never-tuned sets (plain everyday
//     English; Taglish and Thai; Arabic in Latin letters; follow-ups in the middle of a conversation),
//     written before the thirty-fourth round of rules and measured as such before and after it (their
//     figures are in their files), then tuned on; misses listed;
//   - tuning-58 to tuning-61: the fifty-eighth to sixty-first never-tuned sets (text recognised from
//     screenshots; Chinese engineers writing English; long messages about several things; Russian and
//     Ukrainian), written before the thirty-fifth round of rules and measured as such before and after
//     it (their figures are in their files), then tuned on; misses listed;
//   - tuning-62 to tuning-65: the sixty-second to sixty-fifth never-tuned sets (Banglish; Roman Urdu
//     and Hinglish; West and East African English and Pidgin; Brazilian Portuguese), written before the
//     thirty-sixth round of rules and measured as such before and after it (their figures are in their
//     files), then tuned on; misses listed;
//   - tuning-66 to tuning-69: the sixty-sixth to sixty-ninth never-tuned sets (very short messages
//     typed on a phone; small business owners writing English as a second language; Persian and Dari in
//     Latin letters; Spanish from Spain and the Caribbean), written before the thirty-seventh round of
//     rules and measured as such before and after it (their figures are in their files), then tuned on;
//     misses listed;
//   - tuning-70 to tuning-73: the seventieth to seventy-third never-tuned sets (Nepali and Sinhala in
//     Latin letters; level-2 NOC escalations; casual Indonesian; French typed fast in West and Central
//     Africa and Morocco), written before the thirty-eighth round of rules and measured as such before
//     and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-74 to tuning-77: the seventy-fourth to seventy-seventh never-tuned sets (Vietnamese without
//     diacritics; Manglish and Singlish; Polish, Romanian, Serbian, Croatian and Bulgarian; Caribbean
//     English, Patois and Haitian Creole), written before the thirty-ninth round of rules and measured
//     as such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-78 to tuning-81: the seventy-eighth to eighty-first never-tuned sets (Tamil and Telugu in
//     Latin letters; Greek in Latin letters; sales staff relaying their customers; Somali and Amharic in
//     Latin letters), written before the fortieth round of rules and measured as such before and after
//     it (their figures are in their files), then tuned on; misses listed;
//   - tuning-82 to tuning-85: the eighty-second to eighty-fifth never-tuned sets (Cebuano; Khmer, Lao
//     and Burmese in Latin letters; casual internet English of young support staff; Kurdish in Latin
//     letters), written before the forty-first round of rules and measured as such before and after it
//     (their figures are in their files), then tuned on; misses listed;
//   - tuning-86 to tuning-89: the eighty-sixth to eighty-ninth never-tuned sets (South African English
//     with Afrikaans and township slang; Uzbek, Kazakh and Kyrgyz in Latin letters; machine-translated
//     English; Czech, Slovak and Hungarian), written before the forty-second round of rules and measured
//     as such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-90 to tuning-93: the ninetieth to ninety-third never-tuned sets (Malagasy, Mauritian Creole
//     and French of the Indian Ocean; Mongolian in Latin letters; messages that quote or forward others;
//     Swedish, Norwegian, Danish and Finnish), written before the forty-third round of rules and measured
//     as such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-94 to tuning-97: the ninety-fourth to ninety-seventh never-tuned sets (European Portuguese
//     and Cape Verdean Kriolu; Armenian and Georgian in Latin letters; Spanglish of US call centres;
//     Albanian, Macedonian and Bosnian), written before the forty-fourth round of rules and measured as
//     such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-98 to tuning-101: the ninety-eighth to hundred-and-first never-tuned sets (Russian and
//     Ukrainian in Latin letters; Lithuanian, Latvian and Estonian; Hebrew; Kinyarwanda, Kirundi, Lingala
//     and Wolof), written before the forty-fifth round of rules and measured as such before and after it
//     (their figures are in their files), then tuned on; misses listed;
//   - tuning-102 to tuning-105: the hundred-and-second to hundred-and-fifth never-tuned sets (Mandarin
//     in Pinyin; Italian and Maltese; Tigrinya and Afaan Oromo; Punjabi), written before the forty-sixth
//     round of rules and measured as such before and after it (their figures are in their files), then
//     tuned on; misses listed;
//   - tuning-106 to tuning-109: the hundred-and-sixth to hundred-and-ninth never-tuned sets (Catalan,
//     Basque and Galician; Twi, Ewe, Bemba and Chichewa; Tok Pisin, Bislama, Fijian, Samoan and Tongan;
//     Guarani, Quechua and Aymara with Spanish), written before the forty-seventh round of rules and
//     measured as such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-110 to tuning-113: the hundred-and-tenth to hundred-and-thirteenth never-tuned sets (Sindhi,
//     Balochi and Saraiki; Assamese, Odia and Meitei; Setswana, Sesotho, Sepedi and Xitsonga; Dutch and
//     Flemish, Papiamento and Sranan Tongo), written before the forty-eighth round of rules and measured as
//     such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-114 to tuning-117: the hundred-and-fourteenth to hundred-and-seventeenth never-tuned sets
//     (Bambara, Fula and Mandinka; Gujarati, Marathi and Konkani; Ilocano, Hiligaynon, Waray and Kapampangan;
//     Kabyle, Tamazight and Hassaniya), written before the forty-ninth round of rules and measured as such
//     before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-118 to tuning-121: the hundred-and-eighteenth to hundred-and-twenty-first never-tuned sets
//     (Cantonese and Hokkien; Bhojpuri, Maithili and Awadhi; Luganda, Runyankole, Acholi and Lusoga;
//     Javanese, Sundanese, Minangkabau and Acehnese), written before the fiftieth round of rules and
//     measured as such before and after it (their figures are in their files), then tuned on; misses listed;
//   - tuning-122 to tuning-125: the hundred-and-twenty-second to hundred-and-twenty-fifth never-tuned sets
//     (Uyghur, Tatar and Bashkir; Kikuyu, Dholuo and Kamba; Balinese, Madurese, Banjar and Buginese; Yemeni,
//     Sudanese and Omani Arabic), written after the fiftieth round of rules and measured as such with its
//     rules and after the fifty-first (their figures are in their files), then tuned on; misses listed;
//   - tuning-126 to tuning-129: the hundred-and-twenty-sixth to hundred-and-twenty-ninth never-tuned sets
//     (Slovene, Icelandic, Irish and Welsh; Dhivehi, Tetum and Brunei Malay; the Caribbean English creoles;
//     Hmong, S'gaw Karen, Shan and Kachin), written before the fifty-first round of rules and measured as such
//     before and after it and the fifty-second (their figures are in their files), then tuned on; misses listed;
//   - tuning-130 to tuning-133: the hundred-and-thirtieth to hundred-and-thirty-third never-tuned sets
//     (Marwari, Haryanvi, Garhwali and Chhattisgarhi; Sylheti, Chittagonian, Rohingya and Chakma; Tausug,
//     Maranao, Maguindanao and Chavacano; Kashmiri, Dogri, Brahui and Hazaragi), written before the
//     fifty-second round of rules and measured as such before and after it and the fifty-third (their figures
//     are in their files), then tuned on; misses listed;
//   - tuning-134 to tuning-137: the hundred-and-thirty-fourth to hundred-and-thirty-seventh never-tuned sets
//     (Kimbundu, Umbundu, Kikongo, Tshiluba and Emakhuwa; Mizo, Khasi, Santali, Dzongkha and Tibetan; Chechen,
//     Ossetian, Chuvash, Sakha and Buryat; Ndebele, Venda, Swati, Lozi and Tumbuka), written before the
//     fifty-third round of rules and measured as such before and after it and the fifty-fourth (their figures
//     are in their files), then tuned on; misses listed;
//   - tuning-138 to tuning-141: the hundred-and-thirty-eighth to hundred-and-forty-first never-tuned sets
//     (South Azerbaijani, Turkmen, Karakalpak and Crimean Tatar; Zarma, Kanuri, Tiv and Efik-Ibibio; Ewondo,
//     Fang, Bassa, Sango and Chadian Arabic; Bodo, Garo, Kokborok and Karbi), written before the fifty-fourth
//     round of rules and measured as such before and after it, the fifty-fifth and the fifty-sixth (their
//     figures are in their files), then tuned on; misses listed;
//   - tuning-142 to tuning-145: the hundred-and-forty-second to hundred-and-forty-fifth never-tuned sets, in the
//     largest markets' languages (Banglish and Bangla; Roman Urdu, Hinglish, Urdu and Hindi; Arabic and Arabizi;
//     English from every market, with the hardest look-alikes), written before the fifty-fifth round of rules and
//     measured as such before and after it, the fifty-sixth and the fifty-seventh (their figures are in their
//     files), then tuned on; misses listed;
//   - tuning-146 to tuning-149: written as never-tuned sets in the largest markets' languages after the
//     fifty-fifth round (Bangla and Banglish threads; Roman Urdu and Hinglish escalations; Arabic and Arabizi
//     typed fast; English handovers, alerts and escalations), measured once as such (their figures are in their
//     files), then tuned on; misses listed;
//   - tuning-150 to tuning-153: the hundred-and-fiftieth to hundred-and-fifty-third never-tuned sets, in the
//     largest markets beyond South Asia and the Arab world (Indonesian and Malaysian Malay; Taglish, Bisaya and
//     Ilonggo; Latin American Spanish and Brazilian Portuguese; Nigerian and Ghanaian Pidgin, Sheng and Swahili),
//     written before the fifty-seventh round of rules and measured as such before and after it and the
//     fifty-eighth (their figures are in their files), then tuned on; misses listed;
//   - tuning-154 to tuning-157: the hundred-and-fifty-fourth to hundred-and-fifty-seventh never-tuned sets
//     (Simplified and Traditional Chinese; Vietnamese and Thai; Russian, Ukrainian, Uzbek and Kazakh; Persian, Dari
//     and Turkish), written before the fifty-ninth round and measured as such before and after it (their figures are
//     in their files), then tuned on from the sixtieth; misses listed;
//   - tuning-158 to tuning-161: the hundred-and-fifty-eighth to hundred-and-sixty-first never-tuned sets (Sinhala,
//     Tamil, Telugu, Malayalam and Kannada; German, French, Italian, Spanish, Polish and Romanian; Korean, Japanese,
//     Mongolian and Cantonese; West African and Central African French, and Maghrebi Darija), written before the
//     sixtieth round and measured as such before and after it (their figures are in their files), then tuned on from
//     the sixty-first; misses listed;
//   - tuning-162 to tuning-165: the hundred-and-sixty-second to hundred-and-sixty-fifth never-tuned sets (Burmese,
//     Khmer and Lao; Amharic, Somali, Tigrinya and Sudanese Arabic; Serbian, Croatian, Albanian, Greek, Georgian,
//     Armenian and Azerbaijani; Bangla, Urdu, Hindi, Punjabi and Nepali in fresh hands), written before the
//     sixty-first round and measured as such before and after it (their figures are in their files), then tuned on
//     from the sixty-second; misses listed;
//   - tuning-166 to tuning-169: the hundred-and-sixty-sixth to hundred-and-sixty-ninth never-tuned sets, in fresh
//     hands in the largest markets (Latin American Spanish and Brazilian Portuguese; Indonesian, Malay, Taglish and
//     Bisaya; Egyptian, Gulf, Levantine and Iraqi Arabic; Pidgin, Sheng, Swahili and African English), written before
//     the sixty-second round and measured as such before and after it (their figures are in their files), then tuned
//     on from the sixty-third; misses listed;
//   - tuning-170 to tuning-173: the hundred-and-seventieth to hundred-and-seventy-third never-tuned sets, in fresh
//     hands again (Chinese; Russian, Ukrainian, Kazakh and Uzbek; Turkish, Persian, Dari and Azerbaijani; English from
//     everywhere), written before the sixty-third round and measured as such before and after it (their figures are in
//     their files), then tuned on from the sixty-fourth; misses listed;
//   - tuning-174 to tuning-177: the hundred-and-seventy-fourth to hundred-and-seventy-seventh never-tuned sets, in
//     fresh hands (Vietnamese and Thai; Bangla and Banglish; Roman Urdu, Urdu and Hindi; French and Spanish), written
//     before the sixty-fourth round and measured as such before and after it (their figures are in their files), then
//     tuned on from the sixty-fifth; misses listed;
//   - tuning-178 to tuning-181: the hundred-and-seventy-eighth to hundred-and-eighty-first never-tuned sets, in fresh
//     hands (Marathi, Gujarati and Hindi; Swahili, Amharic, Somali and Luganda; Korean and Japanese; Brazilian, African
//     and European Portuguese), written before the sixty-fifth round and measured as such before and after it (their
//     figures are in their files), then tuned on from the sixty-sixth; misses listed;
//   - tuning-182 to tuning-185: the hundred-and-eighty-second to hundred-and-eighty-fifth never-tuned sets, in fresh
//     hands (Maghrebi and Egyptian Arabic; Indonesian and Malay; Russian and the languages of Central Asia; Nepali,
//     Sinhala and Tamil), written before the sixty-sixth round and measured as such before and after it (their figures
//     are in their files), then tuned on from the sixty-seventh; misses listed;
//   - tuning-186 to tuning-189: the hundred-and-eighty-sixth to hundred-and-eighty-ninth never-tuned sets, in fresh hands
//     (Tagalog, Taglish and Cebuano; West African Pidgin, English, French, Hausa and Twi; Latin American Spanish; Chinese of the mainland, Taiwan, Hong Kong and Malaysia), written before the sixty-seventh round and measured as such before and after it (their figures are in
//     their files), then tuned on from the sixty-eighth; misses listed;
//   - tuning-190 to tuning-193: the hundred-and-ninetieth to hundred-and-ninety-third never-tuned sets, in fresh hands
//     (Levantine, Gulf and Iraqi Arabic; Turkish, Azerbaijani, Persian and Dari; Roman Urdu, Urdu, Punjabi, Sindhi and Pashto; German, Italian, Polish, Romanian, Dutch and UK English), written before the sixty-eighth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the sixty-ninth; misses listed;
//   - tuning-194 to tuning-197: the hundred-and-ninety-fourth to hundred-and-ninety-seventh never-tuned sets, in fresh hands
//     (Vietnamese; Thai, Khmer, Lao and Burmese; Bangla, Banglish and Hinglish; French of France, Belgium, Switzerland, Quebec, Africa and Haiti), written before the sixty-ninth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventieth; misses listed;
//   - tuning-198 to tuning-201: the hundred-and-ninety-eighth to two-hundred-and-first never-tuned sets, in fresh hands
//     (English from everywhere; Korean and Japanese; Swahili, Sheng and the languages of southern Africa; Brazilian Portuguese and the Spanish of Spain), written before the seventieth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-first; misses listed;
//   - tuning-202 to tuning-205: the two-hundred-and-second to two-hundred-and-fifth never-tuned sets, in fresh hands
//     (Egyptian and Maghrebi Arabic, Arabizi and French; Indonesian, Malay, Tagalog and Cebuano; Russian, Ukrainian and the languages of Central Asia; Latin American Spanish), written before the seventy-first round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-second; misses listed;
//   - tuning-206 to tuning-209: the two-hundred-and-sixth to two-hundred-and-ninth never-tuned sets, in fresh hands
//     (West African English, Pidgin, Twi, Hausa and Yoruba; Chinese of the mainland, Taiwan, Hong Kong, Singapore and Malaysia; Hindi, Urdu, Nepali, Sinhala and Tamil; the languages of Central, Southern and Eastern Europe), written before the seventy-second round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-third; misses listed;
//   - tuning-210 to tuning-213: the two-hundred-and-tenth to two-hundred-and-thirteenth never-tuned sets, in fresh hands
//     (Turkish, Azerbaijani, Persian and Dari; Vietnamese, Thai, Khmer, Lao and Burmese; Gulf, Levantine and Iraqi Arabic and the English of the Gulf's expatriate engineers; tickets in English as a second language from everywhere), written before the seventy-third round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-fourth; misses listed;
//   - tuning-214 to tuning-217: the two-hundred-and-fourteenth to two-hundred-and-seventeenth never-tuned sets, in fresh hands
//     (Japanese and Korean; Portuguese of Brazil, Portugal, Angola and Mozambique; Bangla, Hindi, Urdu and Punjabi in their scripts; French of Europe, Quebec, the Maghreb and Africa), written before the seventy-fourth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-fifth; misses listed;
//   - tuning-218 to tuning-221: the two-hundred-and-eighteenth to two-hundred-and-twenty-first never-tuned sets, in fresh hands
//     (Chinese of the mainland, Taiwan, Hong Kong, Singapore and Malaysia; Russian, Ukrainian and the languages of Central Asia; Indonesian, Malay, Tagalog and Cebuano; Spanish of Latin America and Spain), written before the seventy-fifth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-sixth; misses listed;
//   - tuning-222 to tuning-225: the two-hundred-and-twenty-second to two-hundred-and-twenty-fifth never-tuned sets, in fresh hands
//     (Arabic of Egypt, the Maghreb, the Levant, the Gulf and Iraq, in its script and in Arabizi; Vietnamese, Thai, Khmer, Lao and Burmese; Swahili, Amharic and the languages of East and Southern Africa; German, Italian, Dutch, Polish, Romanian, Greek and the rest of Western and Central Europe), written before the seventy-sixth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-seventh; misses listed;
//   - tuning-226 to tuning-229: the two-hundred-and-twenty-sixth to two-hundred-and-twenty-ninth never-tuned sets, in fresh hands
//     (Hinglish, Roman Urdu, Banglish and the rest of South Asia typed in Latin letters; Turkish, Azerbaijani, Persian, Dari and Kurdish; West African Pidgin, Yoruba, Hausa, Twi, Wolof, French and Krio; English from everywhere), written before the seventy-seventh round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-eighth; misses listed;
//   - tuning-230 to tuning-233: the two-hundred-and-thirtieth to two-hundred-and-thirty-third never-tuned sets, in fresh hands
//     (Japanese and Korean; Portuguese of Brazil, Portugal, Angola and Mozambique; Bangla, Hindi, Nepali, Urdu, Punjabi, Tamil and Sinhala in their scripts; French writers everywhere), written before the seventy-eighth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the seventy-ninth; misses listed;
//   - tuning-234 to tuning-237: the two-hundred-and-thirty-fourth to two-hundred-and-thirty-seventh never-tuned sets, in fresh hands
//     (Chinese of the mainland, Taiwan, Hong Kong, Singapore and Malaysia; Russian, Ukrainian, the languages of Central Asia, Armenian and Georgian; Indonesian, Malay, Tagalog, Cebuano and Ilocano; Spanish of the Americas and Spain), written before the seventy-ninth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eightieth; misses listed;
//   - tuning-238 to tuning-241: the two-hundred-and-thirty-eighth to two-hundred-and-forty-first never-tuned sets, in fresh hands
//     (Arabic writers everywhere, in the script and in Arabizi; Vietnamese, Thai, Khmer, Lao and Burmese; East, Central and Southern Africa; the languages of Europe from the Nordics to Greece), written before the eightieth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-first; misses listed;
//   - tuning-242 to tuning-245: the two-hundred-and-forty-second to two-hundred-and-forty-fifth never-tuned sets, in fresh hands
//     (South Asia in Latin letters: Hinglish, Roman Urdu, Banglish, Roman Nepali, Tanglish and Sinhala; Turkish, Persian, Kurdish and Azerbaijani; West Africa in Pidgin, English and French; English from everywhere), written before the eighty-first round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-second; misses listed;
//   - tuning-246 to tuning-249: the two-hundred-and-forty-sixth to two-hundred-and-forty-ninth never-tuned sets, in fresh hands
//     (Japanese and Korean; Portuguese of Brazil, Portugal and Africa; South Asia in its own scripts: Hindi, Bangla, Urdu, Tamil, Telugu, Nepali and Sinhala; French writers everywhere), written before the eighty-second round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-third; misses listed;
//   - tuning-250 to tuning-253: the two-hundred-and-fiftieth to two-hundred-and-fifty-third never-tuned sets, in fresh hands
//     (Chinese of the mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia; Russian, Ukrainian and the languages of Central Asia and the Caucasus; Indonesian, Malay, Javanese, Tagalog and Cebuano; Spanish of the Americas and Spain), written before the eighty-third round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-fourth; misses listed;
//   - tuning-254 to tuning-257: the two-hundred-and-fifty-fourth to two-hundred-and-fifty-seventh never-tuned sets, in fresh hands
//     (Arabic of the Gulf, the Levant, Egypt, Iraq, Sudan, Yemen and the Maghreb, in the script and in Arabizi; Vietnamese, Thai, Khmer, Lao and Burmese; East, Central and Southern Africa; Europe from the Nordics to Greece), written before the eighty-fourth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-fifth; misses listed;
//   - tuning-258 to tuning-261: the two-hundred-and-fifty-eighth to two-hundred-and-sixty-first never-tuned sets, in fresh hands
//     (Japanese and Korean; Portuguese of Brazil, Portugal, Africa, Timor-Leste and Macau; South Asia in its own scripts; French writers everywhere), written before the eighty-fifth round and measured as such before and after it and the eighty-sixth (their figures are in
//     their files), then tuned on from the eighty-seventh; misses listed;
//   - tuning-262 to tuning-265: the two-hundred-and-sixty-second to two-hundred-and-sixty-fifth never-tuned sets, in fresh hands
//     (Chinese of the mainland, Hong Kong, Taiwan, Singapore and Malaysia; Russian, Ukrainian and the languages of Central Asia and the Caucasus; Indonesian, Malay, Javanese, Tagalog and Cebuano; Spanish of the Americas and Spain), written before the eighty-seventh round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-eighth; misses listed;
//   - tuning-266 to tuning-269: the two-hundred-and-sixty-sixth to two-hundred-and-sixty-ninth never-tuned sets, in fresh hands
//     (Arabic of the Gulf, the Levant, Egypt, Iraq, Sudan, Yemen, Libya and the Maghreb, in the script and in Arabizi; Vietnamese, Thai, Khmer, Lao and Burmese; East, Central and Southern Africa; Europe from the Nordics to Greece), written before the eighty-eighth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the eighty-ninth; misses listed;
//   - tuning-270 to tuning-273: the two-hundred-and-seventieth to two-hundred-and-seventy-third never-tuned sets, in fresh hands
//     (Japanese and Korean; Portuguese of Brazil, Portugal, Angola, Mozambique and Cape Verde; South Asia in its own scripts; French writers everywhere), written before the eighty-ninth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the ninetieth; misses listed;
//   - tuning-274 to tuning-277: the two-hundred-and-seventy-fourth to two-hundred-and-seventy-seventh never-tuned sets, in fresh hands
//     (Chinese of the mainland, Hong Kong, Taiwan, Singapore and Malaysia; Russian, Ukrainian and the languages of Central Asia and the Caucasus; Indonesian, Malay, Javanese, Tagalog and Cebuano; Spanish of the Americas and Spain), written before the ninetieth round and measured as such before and after it (their figures are in
//     their files), then tuned on from the ninety-first; misses listed;
//   - never-tuned-278 to -281: written by people who saw neither the rules nor the other sets, before the
//     ninety-first round, in fresh hands (Arabic of the Gulf, the Levant, Egypt, Iraq, Sudan, Yemen, Libya and the Maghreb, in the script and in Arabizi; Vietnamese, Thai, Khmer, Lao and Burmese; East, Central and Southern Africa; Europe from the Nordics to Greece); only their figures are printed, and no option lists their misses.
// Per set: in-scope messages routed right, negatives given a confident playbook, positives given
// the wrong playbook with confidence. Then throughput on one core (per second, and per second of the process's CPU
// time, which a machine busy with other work does not skew) and p50/p99 latency over all
// the sets, and over the first two alone (the mix the speed targets were set on), start-up
// (import + train in a fresh process), and how fast junk is answered.
//
//   npm run build && node dist/bench/classify.js [--json] [--never-tuned-misses] [--regexp-tier-up]
//
// Targets, on every set: in-scope routed right ≥ 97 %, confident on negatives ≤ 1 %, confident
// wrong playbook ≤ 1 %; ≥ 50,000 msg/s, p99 < 0.1 ms, ready < 300 ms. Exits 1 when an accuracy
// target is missed; speed depends on the machine and is reported, not enforced. Everything is
// imported dynamically so the first import is timed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// As the command line runs (bin/vos-assist.js, which says why): patterns compiled to machine code at once, never
// tiered up from V8's regexp interpreter; --regexp-tier-up times V8's default instead. Set before the matcher is
// imported; the fresh processes below get it too.
const V8_FLAGS = process.argv.includes('--regexp-tier-up') ? [] : ['--no-regexp-tier-up'];
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const t0 = performance.now();
const { createMatcher } = await import('../bot/matcher/index.js');
const tImported = performance.now();
const matcher = createMatcher();
const tReady = performance.now();
const { evaluate } = await import('../testkit/evaluation/index.js');
const { evaluationSplits } = await import('../testkit/evaluation/splits.js');

const json = process.argv.includes('--json');
const showNeverTunedMisses = process.argv.includes('--never-tuned-misses');
// Every split the evaluation module exports, in its order. The never-tuned sets' misses stay unlisted, so nobody tunes
// on them; the first one's are listed on request, for a report after tuning.
const sets = evaluationSplits.map((s) => {
  const first = s.name === 'never-tuned';
  return { name: s.name, items: s.items, showMisses: s.kind !== 'never-tuned' || (first && showNeverTunedMisses), missesOnRequest: first };
});
const texts = sets.flatMap((s) => s.items.map((e) => e.text));

const TARGET = { inScopeRight: 0.97, negativesConfident: 0.01, positivesConfidentWrong: 0.01, msgPerSec: 50_000, p99Ms: 0.1, readyMs: 300 };

// ── accuracy ─────────────────────────────────────────────────────────────────────────
const reports = sets.map((s) => {
  const r = evaluate((t) => matcher.match(t), s.items);
  const ok = r.inScopeRight >= TARGET.inScopeRight && r.negativesConfident <= TARGET.negativesConfident && r.positivesConfidentWrong <= TARGET.positivesConfidentWrong;
  return { set: s.name, showMisses: s.showMisses, missesOnRequest: s.missesOnRequest, ok, report: r };
});

// ── start-up in fresh processes (cold module cache), median of 5 ──────────────────────
const matcherUrl = new URL('../bot/matcher/index.js', import.meta.url).href;
const startupScript = `const a=performance.now();const m=await import(${JSON.stringify(matcherUrl)});const b=performance.now();m.createMatcher();const c=performance.now();console.log(JSON.stringify({importMs:b-a,trainMs:c-b}))`;
const startups: { importMs: number; trainMs: number }[] = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, [...V8_FLAGS, '--input-type=module', '-e', startupScript], { encoding: 'utf8', cwd: fileURLToPath(new URL('.', import.meta.url)) });
  if (r.status === 0) startups.push(JSON.parse(r.stdout.trim()) as { importMs: number; trainMs: number });
}
startups.sort((a, b) => a.importMs + a.trainMs - (b.importMs + b.trainMs));
const startup = startups[Math.floor(startups.length / 2)];

// ── throughput and latency: all sets, and the two first ones ───────────────────────────
// The speed targets were set when the bench held only the held-out and the first never-tuned set
// (short chat messages); the later sets hold long e-mails, pasted logs
// and other scripts, and cost more per message. Both mixes are timed the same way, after one
// warm-up on all sets, so that a change in the per-message cost shows in the first line and
// one in the mix in the second.
for (let i = 0; i < 20; i++) for (const t of texts) matcher.match(t); // warm-up (JIT, caches)
/** CPU time of this process so far, in ms. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * Messages per second (~0.6 s per round, 5 rounds, sorted), the same per second of this process's CPU time (`cpuRounds`:
 * on a machine busy with other work the wall clock counts their time too) and per-call latency in ms (sorted).
 */
function timeMix(mix: readonly string[]): { rounds: number[]; cpuRounds: number[]; lat: number[] } {
  const rounds: number[] = [];
  const cpuRounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    let n = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    let now = start;
    while (now - start < 600) {
      for (const t of mix) matcher.match(t);
      n += mix.length;
      now = performance.now();
    }
    rounds.push((n / (now - start)) * 1000);
    cpuRounds.push((n / (cpuMs() - cpuStart)) * 1000);
  }
  rounds.sort((a, b) => a - b);
  cpuRounds.sort((a, b) => a - b);
  const lat: number[] = [];
  const passes = Math.ceil(370_000 / mix.length);
  for (let pass = 0; pass < passes; pass++) {
    for (const t of mix) {
      const a = process.hrtime.bigint();
      matcher.match(t);
      lat.push(Number(process.hrtime.bigint() - a) / 1e6);
    }
  }
  lat.sort((a, b) => a - b);
  return { rounds, cpuRounds, lat };
}
const pct = (lat: readonly number[], p: number) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))] as number;
const meanChars = (mix: readonly string[]) => Math.round(mix.reduce((a, t) => a + t.length, 0) / mix.length);
const { rounds, cpuRounds, lat } = timeMix(texts);
const firstTexts = sets.filter((s) => s.name === 'held-out' || s.name === 'never-tuned').flatMap((s) => s.items.map((e) => e.text));
const first = timeMix(firstTexts);

// ── junk ────────────────────────────────────────────────────────────────────────────
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const junk: [string, string][] = [
  ['empty', ''],
  ['100 KB prose', 'our switch is slow today and nobody knows why. '.repeat(2200)],
  ['100 KB log with signature', `java.net.BindException: Address already in use\n${'\tat com.example.Foo.bar(Foo.java:42)\n'.repeat(2800)}`],
  ['emoji only', '😀😡🔥👍🙏'.repeat(50)],
  ['random binary 100 KB', Buffer.from(Array.from({ length: 100_000 }, () => Math.floor(rand() * 256))).toString('latin1')],
  ['Arabic', 'مرحبا، لدينا مشكلة في الخادم منذ أمس والمكالمات لا تعمل'],
  ['Chinese small talk', '你好，今天的天气很好，我们明天见'],
  ['Bengali', 'ভাই, সার্ভারে আবার সমস্যা হচ্ছে, কল যাচ্ছে না'],
];
const junkResults = junk.map(([name, text]) => {
  const a = performance.now();
  const r = matcher.match(text);
  return { name, ms: performance.now() - a, decision: r.decision, playbook: r.playbook };
});

const readyMs = startup ? startup.importMs + startup.trainMs : null;
const result = {
  sets: reports.map(({ set, ok, showMisses, report: r }) => ({
    set,
    messages: r.total,
    inScope: r.inScope,
    negatives: r.negatives,
    inScopeRight: r.inScopeRight,
    negativesConfident: r.negativesConfident,
    negativesAmbiguous: r.negativesAmbiguous,
    positivesConfidentWrong: r.positivesConfidentWrong,
    accuracy: r.accuracy,
    targetsMet: ok,
    missCount: r.misses.length,
    misses: showMisses ? r.misses.map((m) => ({ text: m.item.text.slice(0, 100), expect: m.item.expect, decision: m.decision, playbook: m.playbook, confidence: m.confidence })) : undefined,
  })),
  messagesTimed: texts.length,
  msgPerSecMedian: Math.round(rounds[2] as number),
  msgPerSecBest: Math.round(rounds[4] as number),
  msgPerCpuSecMedian: Math.round(cpuRounds[2] as number),
  meanChars: meanChars(texts),
  p50Ms: pct(lat, 0.5),
  p99Ms: pct(lat, 0.99),
  maxMs: lat[lat.length - 1] as number,
  firstSets: { messagesTimed: firstTexts.length, meanChars: meanChars(firstTexts), msgPerSecMedian: Math.round(first.rounds[2] as number), msgPerSecBest: Math.round(first.rounds[4] as number), msgPerCpuSecMedian: Math.round(first.cpuRounds[2] as number), p50Ms: pct(first.lat, 0.5), p99Ms: pct(first.lat, 0.99), maxMs: first.lat[first.lat.length - 1] as number },
  v8Flags: V8_FLAGS,
  startupInProcessMs: tReady - t0,
  startupInProcess: { importMs: tImported - t0, trainMs: tReady - tImported },
  startupFreshProcessMedian: startup ? { totalMs: readyMs, ...startup } : null,
  junk: junkResults,
};

const accuracyOk = reports.every((r) => r.ok);
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const p = (x: number) => `${(x * 100).toFixed(1)} %`;
  const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const out: string[] = [];
  for (const { set, report: r } of reports) {
    out.push(
      `${set.padEnd(14)} ${r.total} messages (${r.inScope} in scope, ${r.negatives} negatives)`,
      `  in scope right      ${p(r.inScopeRight)}   (target ≥ 97 %: ${mark(r.inScopeRight >= TARGET.inScopeRight)})`,
      `  negatives confident ${p(r.negativesConfident)}   (target ≤ 1 %: ${mark(r.negativesConfident <= TARGET.negativesConfident)}); ambiguous ${p(r.negativesAmbiguous)}, none ${p(1 - r.negativesConfident - r.negativesAmbiguous)}`,
      `  confident wrong     ${p(r.positivesConfidentWrong)}   (target ≤ 1 %: ${mark(r.positivesConfidentWrong <= TARGET.positivesConfidentWrong)})`,
      `  all decided right   ${p(r.accuracy)}`,
    );
  }
  out.push(
    `V8                    ${V8_FLAGS.length > 0 ? V8_FLAGS.join(' ') : 'default flags (regexp tier-up)'}, as ${V8_FLAGS.length > 0 ? 'bin/vos-assist.js runs' : 'V8 starts'}`,
    `throughput            ${result.msgPerSecMedian.toLocaleString('en')} msg/s median of 5 rounds, best ${result.msgPerSecBest.toLocaleString('en')}, ${result.msgPerCpuSecMedian.toLocaleString('en')} per second of CPU time (one core, all ${texts.length} messages, ${result.meanChars} characters on average; target ≥ 50,000: ${mark(result.msgPerSecMedian >= TARGET.msgPerSec)})`,
    `latency               p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}, max ${ms(result.maxMs)} (all sets; target p99 < 0.1 ms: ${mark(result.p99Ms < TARGET.p99Ms)})`,
    `  the first two sets  ${result.firstSets.msgPerSecMedian.toLocaleString('en')} msg/s median, best ${result.firstSets.msgPerSecBest.toLocaleString('en')}, ${result.firstSets.msgPerCpuSecMedian.toLocaleString('en')} per second of CPU time; p50 ${ms(result.firstSets.p50Ms)}, p99 ${ms(result.firstSets.p99Ms)}, max ${ms(result.firstSets.maxMs)} (held-out and never-tuned, ${firstTexts.length} messages, ${result.firstSets.meanChars} characters on average: the mix the targets were set on; ${mark(result.firstSets.msgPerSecMedian >= TARGET.msgPerSec && result.firstSets.p99Ms < TARGET.p99Ms)})`,
    `ready                 fresh process (median of 5): ${startup ? `${ms(readyMs as number)} = import ${ms(startup.importMs)} + train ${ms(startup.trainMs)}` : 'n/a'} (target < 300 ms: ${mark(readyMs !== null && readyMs < TARGET.readyMs)})`,
    `                      in this process: ${ms(result.startupInProcessMs)} = import ${ms(result.startupInProcess.importMs)} + train ${ms(result.startupInProcess.trainMs)}`,
    `junk                  ${junkResults.map((j) => `${j.name}: ${j.decision}${j.playbook ? ` ${j.playbook}` : ''} ${ms(j.ms)}`).join('; ')}`,
  );
  for (const { set, showMisses, missesOnRequest, report: r } of reports) {
    if (r.misses.length === 0) continue;
    if (!showMisses) {
      out.push(`misses of ${set}: ${r.misses.length} (not listed: this set is never tuned on${missesOnRequest ? '; --never-tuned-misses lists them' : ''})`);
      continue;
    }
    out.push(`misses of ${set} (${r.misses.length}):`);
    for (const m of r.misses) out.push(`  expected ${m.item.expect ?? 'none'}, got ${m.decision}${m.playbook ? ` ${m.playbook}` : ''} (${m.confidence}): ${JSON.stringify(m.item.text.slice(0, 100))}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exitCode = accuracyOk ? 0 : 1;
