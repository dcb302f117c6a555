// Choices for the optional profile fields. Names come from Intl in the holder's language;
// only the codes live here.

/** Languages offered as "languages you speak" (BCP 47), the district's most common first. */
export const SPOKEN_LANGUAGES: readonly string[] = [
  'ar', 'fa', 'prs', 'ps', 'uk', 'ru', 'tr', 'ro', 'kmr', 'ckb', 'ti', 'so', 'ur', 'sq',
  'bg', 'pl', 'sr', 'hu', 'am', 'fr', 'en', 'es', 'it', 'de',
];

/** Countries of origin shown first: the most frequent among newcomers in Germany. */
export const FREQUENT_COUNTRIES: readonly string[] = ['AF', 'SY', 'UA', 'IQ', 'TR', 'IR', 'ER', 'SO', 'RO', 'BG', 'PL', 'RU', 'GE', 'NG', 'XK'];

/** Every other country (ISO 3166-1 alpha-2, plus XK for Kosovo). */
export const ALL_COUNTRIES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
  'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
  'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS ' +
  'PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK ' +
  'TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');
