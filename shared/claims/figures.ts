/**
 * Figures: the quantities a claim states, in English, German, Spanish, Italian and French, with what each
 * measures. "a massive 948ft (289m) container ship" gives two lengths of a ship; "Die 21-köpfige Crew"
 * a crew of 21 people; "about 490 metres from the bow" a length stated approximately; "12 to 24
 * months" a range; "Maynor Suazo Sandoval, 38," an age. Values are converted to one base unit per
 * dimension with js-quantities, so figures in other units compare, and each carries the interval the
 * wording allows ("about 500 metres" is 475–525 m, "at least seven people" is 7 or more).
 *
 * Recognition is a table of unit words per language and a scanner over tokens. Microsoft's
 * recognizers-text (the multilingual recogniser made for this) was measured on the corpora first:
 * it has no German or Italian, misses "6.7-meter" and "325 nautical miles", reads "$1.3 billion in"
 * as inches, and took 1–70 ms a sentence (a 10,000-article case has 120,000 claims); see
 * docs/architecture.md.
 */
import Qty from 'js-quantities';

export type Dimension = 'length' | 'area' | 'speed' | 'mass' | 'volume' | 'duration' | 'age' | 'people' | 'money' | 'percent' | 'clock' | 'count';

export type Approximation = 'exact' | 'about' | 'nearly' | 'atLeast' | 'atMost' | 'range';

export interface Figure {
  /** As written: "948ft", "985-foot", "21-köpfige", "one hour and 45 minutes", "$1.3 billion". */
  text: string;
  /** Offsets in the claim's text. */
  start: number;
  end: number;
  dimension: Dimension;
  /** The unit as shown in reasons: "ft", "m", "mi²", "kn", "h", "people", "USD", or the noun counted. */
  unit: string;
  /** The stated value in `unit` (for a range, its middle). */
  value: number;
  /** The value in the dimension's base unit (m, m², m/s, kg, m³, s, years, people, USD, %, minutes after midnight). */
  base: number;
  /** The base-unit interval the wording allows: rounding, "about", "at least", ranges. */
  low: number;
  high: number;
  approx: Approximation;
  /** Lower-cased words naming what is measured, nearest first: the noun after an adjective-like figure
   * ("985-foot-long vessel" → vessel) or "of X", else the words before it. */
  thing: string[];
  /** For a length, which one when the report says: "400 metros de largo" (long), "200 metros de ancho" (wide). */
  measure?: Measure;
  /** Lower-cased words of the clause around the figure (up to six either side, within commas and
   * semicolons): who or what a head count counts ("six people were missing", "two were rescued"). */
  context: string[];
}

export type FigureLanguage = 'en' | 'de' | 'es' | 'it' | 'fr';

/** Which length a length is: along, across, down or up. */
export type Measure = 'long' | 'wide' | 'deep' | 'high';

interface UnitDef {
  dimension: Dimension;
  /** js-quantities unit for conversion to base units; null when the dimension's unit is the count itself. */
  qty: string | null;
  /** Shown in reasons. */
  label: string;
  /** Factor to the base unit when qty is null (years for age, people, …). */
  factor?: number;
}

const u = (dimension: Dimension, qty: string | null, label: string, factor?: number): UnitDef => ({ dimension, qty, label, factor });
const FOOT = u('length', 'ft', 'ft');
const METRE = u('length', 'm', 'm');
const KM = u('length', 'km', 'km');
const MILE = u('length', 'mi', 'mi');
const NMI = u('length', 'nmi', 'nmi');
const YARD = u('length', 'yd', 'yd');
const INCH = u('length', 'in', 'in');
const CM = u('length', 'cm', 'cm');
const SQ_MI = u('area', 'mi^2', 'mi²');
const SQ_KM = u('area', 'km^2', 'km²');
const SQ_M = u('area', 'm^2', 'm²');
const SQ_FT = u('area', 'ft^2', 'ft²');
const ACRE = u('area', 'acre', 'acres');
const HECTARE = u('area', 'hectare', 'ha');
const KNOT = u('speed', 'knot', 'kn');
const MPH = u('speed', 'mph', 'mph');
const KMH = u('speed', 'kph', 'km/h');
const TON = u('mass', 'tonne', 't');
const SHORT_TON = u('mass', 'ton', 'tons');
const POUND = u('mass', 'lb', 'lb');
const KG = u('mass', 'kg', 'kg');
const CU_M = u('volume', 'm^3', 'm³');
const CU_FT = u('volume', 'ft^3', 'ft³');
const GALLON = u('volume', 'gal', 'gal');
const LITRE = u('volume', 'l', 'l');
const SECOND = u('duration', 's', 's');
const MINUTE = u('duration', 'min', 'min');
const HOUR = u('duration', 'h', 'h');
const DAY = u('duration', 'day', 'days');
const WEEK = u('duration', 'week', 'weeks');
const MONTH = u('duration', null, 'months', 2_629_744);
const YEAR = u('duration', 'year', 'years');
const PEOPLE = u('people', null, 'people', 1);
const PERCENT = u('percent', null, '%', 1);
const USD = u('money', null, 'USD', 1);
const EUR = u('money', null, 'EUR', 1);
const GBP = u('money', null, 'GBP', 1);

/** Unit words, lower-case, of every language read (a word's meaning does not depend on the language here). */
const UNIT_WORDS: Record<string, UnitDef> = {
  ft: FOOT, feet: FOOT, foot: FOOT, fuß: FOOT, fuss: FOOT, pies: FOOT, pie: FOOT, piedi: FOOT, piede: FOOT, pieds: FOOT,
  m: METRE, meter: METRE, meters: METRE, metre: METRE, metres: METRE, metro: METRE, metros: METRE, metri: METRE, metern: METRE, mètre: METRE, mètres: METRE,
  km: KM, kilometer: KM, kilometers: KM, kilometre: KM, kilometres: KM, kilometern: KM, kilómetro: KM, kilómetros: KM, kilometro: KM, kilometros: KM, chilometro: KM, chilometri: KM, kilomètre: KM, kilomètres: KM,
  mile: MILE, miles: MILE, mi: MILE, meile: MILE, meilen: MILE, milla: MILE, millas: MILE, miglio: MILE, miglia: MILE,
  nmi: NMI, seemeile: NMI, seemeilen: NMI,
  yard: YARD, yards: YARD, yd: YARD, inch: INCH, inches: INCH, cm: CM, centimeters: CM, centimetres: CM, zentimeter: CM, centímetros: CM, centimetri: CM, centimètres: CM,
  acre: ACRE, acres: ACRE, hectare: HECTARE, hectares: HECTARE, ha: HECTARE, hektar: HECTARE, hectáreas: HECTARE, ettari: HECTARE,
  gt: u('volume', null, 'GT', 2.832), grt: u('volume', null, 'GRT', 2.832),
  knot: KNOT, knots: KNOT, kn: KNOT, knoten: KNOT, nudo: KNOT, nudos: KNOT, nodo: KNOT, nodi: KNOT, nœuds: KNOT, noeuds: KNOT,
  mph: MPH, kph: KMH, kmh: KMH,
  ton: SHORT_TON, tons: SHORT_TON, tonne: TON, tonnes: TON, t: TON, tonnen: TON, tonelada: TON, toneladas: TON, tonnellata: TON, tonnellate: TON,
  pound: POUND, pounds: POUND, lb: POUND, lbs: POUND, kg: KG, kilogram: KG, kilograms: KG, kilogramm: KG, kilos: KG, kilogramos: KG, chili: KG,
  kubikmeter: CU_M, kubikmetern: CU_M, gallon: GALLON, gallons: GALLON, litre: LITRE, litres: LITRE, liter: LITRE, liters: LITRE, litros: LITRE, litri: LITRE,
  second: SECOND, seconds: SECOND, sekunde: SECOND, sekunden: SECOND, segundo: SECOND, segundos: SECOND, secondo: SECOND, secondi: SECOND, seconde: SECOND, secondes: SECOND,
  minute: MINUTE, minutes: MINUTE, min: MINUTE, mins: MINUTE, minuten: MINUTE, minuto: MINUTE, minutos: MINUTE, minuti: MINUTE,
  hour: HOUR, hours: HOUR, hr: HOUR, hrs: HOUR, stunde: HOUR, stunden: HOUR, hora: HOUR, horas: HOUR, ora: HOUR, ore: HOUR, heure: HOUR, heures: HOUR,
  day: DAY, days: DAY, tag: DAY, tage: DAY, tagen: DAY, tägig: DAY, tägige: DAY, tägigen: DAY, día: DAY, días: DAY, dia: DAY, dias: DAY, giorno: DAY, giorni: DAY, jour: DAY, jours: DAY, journée: DAY, journées: DAY,
  week: WEEK, weeks: WEEK, woche: WEEK, wochen: WEEK, semana: WEEK, semanas: WEEK, settimana: WEEK, settimane: WEEK, semaine: WEEK, semaines: WEEK,
  month: MONTH, months: MONTH, monat: MONTH, monate: MONTH, monaten: MONTH, mes: MONTH, meses: MONTH, mese: MONTH, mesi: MONTH, mois: MONTH,
  year: YEAR, years: YEAR, jahr: YEAR, jahre: YEAR, jahren: YEAR, año: YEAR, años: YEAR, anno: YEAR, anni: YEAR, ans: YEAR, année: YEAR, années: YEAR,
  percent: PERCENT, 'per cent': PERCENT, '%': PERCENT, prozent: PERCENT, 'por ciento': PERCENT, 'per cento': PERCENT, 'pour cent': PERCENT,
  dollar: USD, dollars: USD, usd: USD, dólar: USD, dólares: USD, dollari: USD, euro: EUR, euros: EUR, eur: EUR, pounds_sterling: GBP,
  // People: counted nouns that mean persons, in every language read.
  people: PEOPLE, persons: PEOPLE, person: PEOPLE, men: PEOPLE, women: PEOPLE, man: PEOPLE, crew: PEOPLE, passengers: PEOPLE,
  workers: PEOPLE, employees: PEOPLE, victims: PEOPLE, children: PEOPLE, individuals: PEOPLE, members: PEOPLE, survivors: PEOPLE, others: PEOPLE,
  sons: PEOPLE, daughters: PEOPLE, kids: PEOPLE, grandchildren: PEOPLE, siblings: PEOPLE, brothers: PEOPLE, sisters: PEOPLE,
  personen: PEOPLE, menschen: PEOPLE, männer: PEOPLE, arbeiter: PEOPLE, bauarbeiter: PEOPLE, opfer: PEOPLE, kinder: PEOPLE, köpfig: PEOPLE, köpfige: PEOPLE, köpfigen: PEOPLE, köpfiges: PEOPLE, köpfiger: PEOPLE,
  personas: PEOPLE, hombres: PEOPLE, trabajadores: PEOPLE, obreros: PEOPLE, víctimas: PEOPLE, niños: PEOPLE, hijos: PEOPLE,
  persone: PEOPLE, uomini: PEOPLE, lavoratori: PEOPLE, operai: PEOPLE, vittime: PEOPLE, bambini: PEOPLE, figli: PEOPLE,
  personnes: PEOPLE, hommes: PEOPLE, femmes: PEOPLE, ouvriers: PEOPLE, travailleurs: PEOPLE, victimes: PEOPLE, enfants: PEOPLE, membres: PEOPLE, passagers: PEOPLE,
};

/** Two-word units, keyed by both words lower-cased with one space. */
const UNIT_PHRASES: Record<string, UnitDef> = {
  'square miles': SQ_MI, 'square mile': SQ_MI, 'sq mi': SQ_MI, 'sq miles': SQ_MI, 'square kilometres': SQ_KM, 'square kilometers': SQ_KM,
  'sq km': SQ_KM, 'square kilometre': SQ_KM, 'square meters': SQ_M, 'square metres': SQ_M, 'sq m': SQ_M, 'square feet': SQ_FT, 'sq ft': SQ_FT,
  'nautical miles': NMI, 'nautical mile': NMI, 'millas náuticas': NMI, 'miglia nautiche': NMI, 'km/h': KMH, 'km / h': KMH,
  'per cent': PERCENT, 'por ciento': PERCENT, 'per cento': PERCENT, 'pour cent': PERCENT, 'milles nautiques': NMI, 'crew members': PEOPLE, 'crew member': PEOPLE,
  'kilómetros cuadrados': SQ_KM, 'chilometri quadrati': SQ_KM, 'kilomètres carrés': SQ_KM, 'mètres carrés': SQ_M,
  'cubic metres': CU_M, 'cubic meters': CU_M, 'cubic metre': CU_M, 'cubic meter': CU_M, 'cu m': CU_M, 'cubic feet': CU_FT, 'cubic foot': CU_FT,
  'metri cubi': CU_M, 'metro cubo': CU_M, 'metros cúbicos': CU_M, 'metro cúbico': CU_M, 'mètres cubes': CU_M, 'mètre cube': CU_M,
};

/** Units written with a power, glued ("30,000m3", "20 km2") or as a superscript ("m²", "m³"). */
const POWERED: Record<string, Record<string, UnitDef>> = { '2': { km: SQ_KM, m: SQ_M, mi: SQ_MI, ft: SQ_FT }, '3': { m: CU_M, ft: CU_FT } };


const WORD_NUMBERS: Record<string, number> = {
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1,
  // German
  ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
  // Spanish
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
  // Italian
  due: 2, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100,
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
/** Words of WORD_NUMBERS that are numbers only before a unit ("a day", "una hora"), never counts alone. */
const ARTICLE_NUMBERS = new Set(['a', 'an', 'ein', 'eine', 'einen', 'einem', 'uno', 'una', 'once', 'sei', 'due', 'un', 'une']);

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, bn: 1e9,
  tausend: 1e3, million_de: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
  mil: 1e3, millón: 1e6, millones: 1e6, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, mila: 1e3,
  milliard: 1e9, milliards: 1e9, mille: 1e3,
};

/** Words before a figure that widen or open its interval. */
/** Just short of the figure: "nearly two hours" is an hour and 45 minutes, not two hours and ten. */
const NEARLY = new Set(['nearly', 'almost', 'fast', 'knapp', 'casi', 'quasi', 'presque', 'quasiment']);
const ABOUT = new Set(['about', 'approximately', 'around', 'roughly', 'nearly', 'almost', 'some', 'approx', 'circa', 'ca', 'etwa', 'rund', 'ungefähr', 'fast', 'knapp', 'aproximadamente', 'alrededor', 'unos', 'unas', 'casi', 'cerca', 'quasi', 'estimated', 'environ', 'près', 'presque', 'quasiment', 'quelque', 'quelques']);
const AT_LEAST = new Set(['least', 'over', 'more', 'upwards', 'mindestens', 'über', 'mehr', 'más', 'menos_no', 'oltre', 'più', 'almeno', 'exceeding', 'above', 'plus']);
const AT_MOST = new Set(['less', 'under', 'fewer', 'up', 'below', 'weniger', 'bis', 'menos', 'hasta', 'meno', 'fino', 'moins', 'jusqu']);

/** Function words skipped when looking for what a figure measures. */
const SKIP = new Set(
  `the a an of and or in on at to for from with by its his her their our this that these those is was were are be been has had have
  it as than about some nearly almost roughly around approximately long wide deep high tall old lang breit tief hoch alt largo larga lungo lunga
  more less least over under up just only off der die das des dem den ein eine einer eines einem einen und oder von vom im in am zu zur zum mit
  el la los las de del un una unos unas y o en con por para il lo gli le di da dei delle della e che massive huge large small giant
  into after before later earlier ago since out back nach vor später seit después antes desde dopo prima fa
  les du des au aux à dans sur par avec plus moins près environ long longue haut haute large d' l' après avant depuis
  alto alta alti alte ancho ancha profond profonde profondo profonda ses son sa est était ont era erano stata stato sono è ha hanno
  -long -wide -deep -old -year -tall`.split(/\s+/),
);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN_RE = /\d+(?:[.,:]\d+)*|[\p{L}]+(?:['’][\p{L}]+)?|[$€£%²³]|\S/gu;

/** French elided articles and prepositions: "d'euros" is "d'" and "euros". */
const FRENCH_ELISION = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/i;
/** French groups thousands with a space ("850 000", "1 600", a no-break or narrow one in print). */
const SPACED_GROUP = /^[ \u00a0\u202f]$/;

function tokenize(text: string, language: FigureLanguage): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const word = m[0];
    if (language === 'fr') {
      const elided = FRENCH_ELISION.exec(word);
      if (elided && elided[0].length < word.length) {
        const cut = elided[0].length;
        out.push({ text: word.slice(0, cut), lower: word.slice(0, cut).toLowerCase(), start, end: start + cut });
        out.push({ text: word.slice(cut), lower: word.slice(cut).toLowerCase(), start: start + cut, end: start + word.length });
        continue;
      }
      const last = out[out.length - 1];
      if (last && /^\d{3}$/.test(word) && /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*$/.test(last.text) && last.end === start - 1 && SPACED_GROUP.test(text[last.end]!)) {
        last.text = text.slice(last.start, start + 3);
        last.lower = last.text;
        last.end = start + 3;
        continue;
      }
    }
    out.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
  }
  return out;
}

/** A numeral's value: "1,600" 1600; "7,6" 7.6 (a decimal comma: one or two digits after it); "2.57"; "28.03" null (a date). */
function numeral(raw: string, language: FigureLanguage): number | null {
  if (raw.includes(':')) return null;
  if (/[ \u00a0\u202f]/.test(raw)) return Number(raw.replace(/[ \u00a0\u202f]/g, ''));
  const groups = raw.split(/[.,]/);
  if (groups.length === 1) return Number(raw);
  const separators = raw.replace(/\d/g, '');
  const last = groups[groups.length - 1]!;
  // Thousands groups of three after the first: "1,600", "850,000", "2.500" (German, Spanish, Italian).
  const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
  if (thousands && (separators[0] === ',' ? language === 'en' || groups.length > 2 : language !== 'en')) return Number(groups.join(''));
  if (groups.length === 2) {
    if (separators === '.' && language === 'en') return Number(raw);
    if (separators === ',' && (language !== 'en' || last.length !== 3)) return Number(raw.replace(',', '.'));
    if (separators === '.' && language !== 'en' && last.length !== 3) return Number(raw);
    if (separators === ',' && language === 'en') return Number(groups.join(''));
  }
  return null;
}

/** A word that is a number: "seven", "sieben", "siete", "sette", "twenty-four" (as two tokens joined later). */
function wordNumber(lower: string): number | null {
  return WORD_NUMBERS[lower] ?? null;
}

/** German compounds that start with a number word: "sechsköpfig(e)", "vierspurig", "zweitägig". */
function germanCompound(lower: string): { value: number; rest: string } | null {
  for (const [word, value] of Object.entries(WORD_NUMBERS)) {
    if (word.length < 3 || !lower.startsWith(word) || lower.length <= word.length + 3) continue;
    const rest = lower.slice(word.length);
    if (UNIT_WORDS[rest]) return { value, rest };
  }
  return null;
}

function toBase(value: number, unit: UnitDef): number {
  if (unit.qty === null) return value * (unit.factor ?? 1);
  try {
    return Qty(value, unit.qty).toBase().scalar;
  } catch {
    return value;
  }
}

/**
 * How much rounding the way a number is written allows: a round number ("1,600", "490") may stand
 * for anything that rounds to it, up to 3% away; "6.5" for 6.45–6.55; a plain integer ("22", "948")
 * for itself, give or take 0.5% (985 and 984 feet are one length; 22 and 21 feet are not).
 */
function roundingOf(raw: string, value: number): number {
  const decimals = /[.,](\d{1,2})$/.exec(raw);
  if (decimals && !/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return 0.5 * 10 ** -decimals[1]!.length;
  const digits = String(Math.round(Math.abs(value)));
  const zeros = Math.min(/0*$/.exec(digits)![0].length, digits.length - 1);
  const relative = 0.005 * Math.abs(value);
  return zeros === 0 ? relative : Math.max(relative, Math.min(0.5 * 10 ** zeros, 0.03 * Math.abs(value)));
}

const isWord = (t: Token | undefined) => !!t && /^\p{L}/u.test(t.text);
const isDash = (t: Token | undefined) => !!t && /^[-–‑]$/.test(t.text);

/** The figures of one claim's text. */
export function findFigures(text: string, language: FigureLanguage = 'en'): Figure[] {
  // Most sentences hold no digit, currency sign, number word or "mile-long": told apart by one expression.
  if (!MAY_HOLD_FIGURE.test(text)) return [];
  const tokens = tokenize(text, language);
  const out: Figure[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    // A figure starts at a digit, a currency sign, a number word, a compound or a unit ("mile-long").
    const lower = tokens[i]!.lower;
    const c = lower.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && c !== 36 && !(lower in WORD_NUMBERS) && !STARTS_FIGURE.test(lower)) continue;
    const figure = figureAt(text, tokens, i, language, used, out);
    if (figure && !isRate(text, figure, out) && !isMarker(text, figure)) out.push(figure);
  }
  for (const f of out) {
    if (f.dimension !== 'length') continue;
    const measure = measureOf(text, f, language);
    if (measure) f.measure = measure;
  }
  return out;
}

/** Words saying which length a length is, per language ("largo" is long in Spanish and wide in Italian). */
const MEASURE_WORDS: Record<FigureLanguage, Record<string, Measure>> = {
  en: { long: 'long', length: 'long', wide: 'wide', width: 'wide', broad: 'wide', deep: 'deep', depth: 'deep', high: 'high', tall: 'high', height: 'high' },
  de: { lang: 'long', lange: 'long', langen: 'long', langes: 'long', langer: 'long', länge: 'long', breit: 'wide', breite: 'wide', breiten: 'wide', breites: 'wide', breiter: 'wide', tief: 'deep', tiefe: 'deep', tiefen: 'deep', hoch: 'high', hohe: 'high', hohen: 'high', hoher: 'high', höhe: 'high' },
  es: { largo: 'long', larga: 'long', longitud: 'long', eslora: 'long', ancho: 'wide', ancha: 'wide', anchura: 'wide', profundo: 'deep', profunda: 'deep', profundidad: 'deep', alto: 'high', alta: 'high', altura: 'high' },
  it: { lungo: 'long', lunga: 'long', lunghezza: 'long', largo: 'wide', larga: 'wide', larghezza: 'wide', profondo: 'deep', profonda: 'deep', profondità: 'deep', alto: 'high', alta: 'high', altezza: 'high' },
  fr: { long: 'long', longue: 'long', longueur: 'long', large: 'wide', largeur: 'wide', profond: 'deep', profonde: 'deep', profondeur: 'deep', haut: 'high', haute: 'high', hauteur: 'high' },
};
/** Words a measure word may stand behind: "de largo", "in width", "a length of about", "large d'environ". */
const MEASURE_GAP = /^(?:of|in|de|di|d|del|von|about|almost|nearly|some|around|roughly|approximately|environ|près|circa|quasi|unos|unas|cerca|rund|etwa|fast|the|a|an|its)$/;

/** The measure a length's own words give: up to three words after it ("-long", "de ancho") or before ("largeur de"). */
function measureOf(text: string, f: Figure, language: FigureLanguage): Measure | null {
  const table = MEASURE_WORDS[language];
  const glued = /^-([\p{L}]+)/u.exec(text.slice(f.end));
  if (glued && table[glued[1]!.toLowerCase()]) return table[glued[1]!.toLowerCase()]!;
  const after = text.slice(f.end, f.end + 40).split(/[,;:.()]/)[0]!.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of after.slice(0, 3)) {
    if (table[w]) return table[w]!;
    if (!MEASURE_GAP.test(w)) break;
  }
  const before = (text.slice(Math.max(0, f.start - 40), f.start).split(/[,;:.()]/).pop() ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of before.reverse().slice(0, 3)) {
    if (table[w]) return table[w]!;
    if (!MEASURE_GAP.test(w)) break;
  }
  return null;
}

/** "the canal's 151-km mark", "the 40-mile marker": a place along a way, not a length of anything. */
function isMarker(text: string, f: Figure): boolean {
  return f.dimension === 'length' && /^\s*(?:mark|marker|post)s?\b/i.test(text.slice(f.end));
}

/** "35,000 people a day", "$20 an hour": "a day" right after a quantity is its rate, not a duration. */
function isRate(text: string, f: Figure, before: readonly Figure[]): boolean {
  if (f.dimension !== 'duration' || !/^(?:a|an|per|each|every)\s/i.test(f.text)) return false;
  const last = before[before.length - 1];
  return last !== undefined && /^\s*$/.test(text.slice(last.end, f.start));
}

/** A text that may hold a figure: a digit, a currency sign, a number word, a -köpfig compound, "mile-long". */
const MAY_HOLD_FIGURE = new RegExp(`[0-9$€£]|\\b(?:${Object.keys(WORD_NUMBERS).filter((w) => w.length > 2).join('|')})|köpfig|tägig|spurig|\\b(?:mile|foot|metre|meter|kilometre|kilometer)-long|\\b(?:a|an|un|una|ein|eine|einem|einen)\\s+(?:hour|day|week|month|year|minute|dozen|hora|día|ora|giorno|stunde|tag)`, 'i');
/** A token (not a digit or number word) that may start a figure. */
const STARTS_FIGURE = /^[€£]$|köpfig|tägig|spurig|^(?:mile|foot|metre|meter|kilometre|kilometer)$/;

/** Approximation words in the three tokens before `i`. */
function approximationBefore(tokens: Token[], i: number): Approximation {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tokens[j]!.lower;
    if (AT_LEAST.has(w) && !(w === 'more' && tokens[j - 1]?.lower === 'no')) return 'atLeast';
    // "au moins 400": at least.
    if (w === 'moins' && tokens[j - 1]?.lower === 'au') return 'atLeast';
    if (AT_MOST.has(w)) return w === 'up' && tokens[j + 1]?.lower !== 'to' ? 'exact' : 'atMost';
    if (NEARLY.has(w)) return 'nearly';
    if (ABOUT.has(w)) return 'about';
    if (!isWord(tokens[j]) && tokens[j]!.text !== '~') break;
  }
  return 'exact';
}

const MONTH_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\.?$/;

function figureAt(text: string, tokens: Token[], i: number, language: FigureLanguage, used: Set<number>, out: Figure[]): Figure | null {
  const t = tokens[i]!;
  const start = t.start;
  let value: number | null = null;
  let raw = t.text;
  let j = i + 1;
  let compoundUnit: UnitDef | null = null;
  let currency: UnitDef | null = null;
  // "$1.3 billion", "€350 million"
  if (t.text === '$' || t.text === '€' || t.text === '£') {
    const next = tokens[i + 1];
    if (!next || !/^\d/.test(next.text)) return null;
    currency = t.text === '$' ? USD : t.text === '€' ? EUR : GBP;
    raw = next.text;
    value = numeral(next.text, language === 'en' ? 'en' : language);
    j = i + 2;
  } else if (/^\d/.test(t.text)) {
    // Clock times ("1:30", "01:30") and dates written with dots ("28.03.2024") are not quantities.
    if (t.text.includes(':')) return clockAt(text, tokens, i, used);
    // "16.50 GMT", "1650 GMT": a time of day in a time zone.
    if (TIME_ZONE.test(tokens[i + 1]?.text ?? '') && /^(?:\d{1,2}(?:\.\d\d)?|\d{4})$/.test(t.text)) return clockAt(text, tokens, i, used);
    value = numeral(t.text, language);
    if (value === null) return null;
    // A year, or a day after a month name, is a date.
    const prev = tokens[i - 1];
    if (/^(?:1[89]|20)\d\d$/.test(t.text) && !unitAfter(tokens, i + 1)) return null;
    if (prev && MONTH_WORDS.test(prev.lower) && value <= 31 && !unitAfter(tokens, i + 1)) return null;
    const nextTok = tokens[i + 1];
    if (nextTok && MONTH_WORDS.test(nextTok.lower) && value <= 31) return null;
    if (nextTok?.text === '.' && tokens[i + 2] && MONTH_WORDS.test(tokens[i + 2]!.lower)) return null;
    // "10 a.m.", "1:30pm" handled by clockAt; "10 a.m." here.
    if (nextTok && /^(?:a|p)$/i.test(nextTok.text) && tokens[i + 2]?.text === '.' && /^m$/i.test(tokens[i + 3]?.text ?? '')) return clockAt(text, tokens, i, used);
    // "5.50pm", "10pm"; spaced ("6.50 pm", "10 pm") in English only ("am" is a German word).
    if (nextTok && /^(?:am|pm)$/i.test(nextTok.text) && (nextTok.start === t.end || (language === 'en' && /^\d{1,2}(?:\.\d\d)?$/.test(t.text) && value <= 12))) return clockAt(text, tokens, i, used);
    // Decades of age: "in their 30s".
    if (nextTok?.lower === 's' && nextTok.start === t.end && /^\d0$/.test(t.text)) {
      used.add(i + 1);
      return make(text, start, nextTok.end, 'age', 'years', value + 4.5, value, value + 9.99, 'range', thingOf(tokens, i, i + 2, false));
    }
  } else {
    const w = wordNumber(t.lower);
    if (w !== null) {
      value = w;
      // "twenty-four", "forty five"
      if (w >= 20 && w % 10 === 0 && isDash(tokens[i + 1]) && tokens[i + 2] && (wordNumber(tokens[i + 2]!.lower) ?? 10) < 10) {
        value = w + wordNumber(tokens[i + 2]!.lower)!;
        j = i + 3;
      }
    } else if (UNIT_WORDS[t.lower]?.dimension === 'length' && isDash(tokens[i + 1]) && tokens[i + 2]?.lower === 'long' && /^(?:a|the)$/.test(tokens[i - 1]?.lower ?? '')) {
      // "the mile-long bridge": one mile.
      return finish(text, tokens, i, i + 1, 1, UNIT_WORDS[t.lower]!, '1', used, true);
    } else {
      const compound = language !== 'en' || /köpfig|tägig|spurig/.test(t.lower) ? germanCompound(t.lower) : null;
      if (!compound) return null;
      value = compound.value;
      compoundUnit = UNIT_WORDS[compound.rest]!;
    }
  }
  if (value === null || Number.isNaN(value)) return null;
  // Scale words: "1.3 billion", "850 Millionen", "2 mil".
  const scaleTok = tokens[j];
  let scale = 1;
  if (scaleTok && SCALES[scaleTok.lower] && !(scaleTok.lower === 'mil' && language !== 'es')) {
    scale = SCALES[scaleTok.lower]!;
    value *= scale;
    raw += ` ${scaleTok.text}`;
    j++;
    // "850 millones de dólares", "850 millions d'euros", "900 milioni di euro".
    if (/^(?:de|di|d['’])$/.test(tokens[j]?.lower ?? '') && tokens[j + 1] && UNIT_WORDS[tokens[j + 1]!.lower]?.dimension === 'money') j++;
  }
  if (currency) return finish(text, tokens, i, j, value, currency, raw, used, false);
  if (compoundUnit) return finish(text, tokens, i, j, value, compoundUnit, raw, used, true);
  // Durations in two parts: "one hour and 45 minutes", "an hour and a half", "2 hours 10 minutes".
  const unit = unitAfter(tokens, j);
  // "cost 37 million pounds ($48 million)": pounds sterling, not weight.
  if (unit?.def === POUND && !unit.hyphenated && sterling(tokens, i, unit.next)) return finish(text, tokens, i, unit.next, value, GBP, raw, used, false);
  if (unit) {
    let total = value;
    let end = unit.next;
    const adjective = unit.hyphenated;
    if (unit.def === HOUR) {
      // "an hour and 45 minutes", "an hour, 45 minutes", "1 hour 45 minutes".
      const and = tokens[end]?.lower === 'and' || (tokens[end]?.text === ',' && /^\d+$/.test(tokens[end + 1]?.text ?? '')) ? end + 1 : end;
      if (tokens[and]?.lower === 'a' && tokens[and + 1]?.lower === 'half') {
        total += 0.5;
        end = and + 2;
      } else if (tokens[and] && /^\d+$|^(?:fifteen|thirty|forty|forty-five)$/.test(tokens[and]!.lower)) {
        const minutes = unitAfter(tokens, and + 1);
        if (minutes?.def === MINUTE) {
          total += Number(tokens[and]!.text) / 60 || (wordNumber(tokens[and]!.lower) ?? 0) / 60;
          end = minutes.next;
        }
      }
    } else if (tokens[end]?.lower === 'and' && tokens[end + 1]?.lower === 'a' && tokens[end + 2]?.lower === 'half') {
      total += 0.5;
      end += 3;
    }
    // A lone article ("a", "ein") is a number only before a time unit: "a day", not "a foot".
    if (ARTICLE_NUMBERS.has(t.lower) && unit.def.dimension !== 'duration') return null;
    // "une seconde alerte", "a second alarm": an ordinal before a noun, not one second.
    if (ARTICLE_NUMBERS.has(t.lower) && unit.def === SECOND && ordinalBefore(tokens[unit.next])) return null;
    // "half an hour", "half a day": half the unit, told from "half".
    const half = (t.lower === 'a' || t.lower === 'an') && tokens[i - 1]?.lower === 'half' && !used.has(i - 1);
    // Ages: "19-year-old", "35 years old", "im Alter von 35 Jahren", "de 38 años".
    const ageWords = tokens.slice(end, end + 3).map((x) => x.lower);
    const ageCue = tokens.slice(Math.max(0, i - 5), i).some((x) => /^(?:alter|aged|edad|età|age)$/.test(x.lower));
    const isAge = unit.def === YEAR && (ageWords.includes('old') || (isDash(tokens[end]) && tokens[end + 1]?.lower === 'old') || ageCue);
    for (let k = i; k < end; k++) used.add(k);
    if (isAge) {
      let close = end;
      if (isDash(tokens[close]) && tokens[close + 1]?.lower === 'old') close += 2;
      else if (tokens[close]?.lower === 'old') close += 1;
      // "aged 26 and 35": the first number is an age too.
      const pair = rangeBefore(tokens, i, language);
      if (pair?.joiner === 'and') out.push(make(text, pair.start, pair.end, 'age', 'years', pair.value, pair.value, pair.value, 'exact', []));
      return make(text, start, tokens[close - 1]!.end, 'age', 'years', total, total, total, approximationBefore(tokens, i), thingOf(tokens, i, close, true));
    }
    // A range: "12 to 24 months", "one to two years" (the unit after the second number); the scale
    // of the second number is the first's too ("tra i 6 e i 10 miliardi": 6 to 10 billion).
    const bare = rangeBefore(tokens, i, language);
    const range = bare && scale > 1 && bare.value < value / scale ? { ...bare, value: bare.value * scale } : bare;
    if (range?.joiner === 'and') out.push(finishValue(text, range, unit.def, tokens, i));
    const figure = finish(text, tokens, half ? i - 1 : i, end, half ? total / 2 : total, unit.def, tokens.slice(i, end).map((x) => x.text).join(' '), used, adjective, unit.labelOverride);
    if (range?.joiner === 'to' && figure) {
      const lowBase = toBase(range.value, unit.def);
      return { ...figure, text: text.slice(range.start, figure.end), start: range.start, value: (range.value + total) / 2, base: (lowBase + figure.base) / 2, low: Math.min(lowBase, figure.base), high: Math.max(lowBase, figure.base), approx: 'range' };
    }
    return figure;
  }
  // "Name, 38," and "Name (48)": an age after a capitalised name.
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  if (/^\d{1,3}$/.test(t.text) && value >= 1 && value < 120 && before && /^\p{Lu}/u.test(before.text) && ((prev?.text === ',' && (!next || /^[,.;]$/.test(next.text))) || (prev?.text === '(' && next?.text === ')'))) {
    used.add(i);
    return make(text, start, t.end, 'age', 'years', value, value, value, 'exact', [before.lower]);
  }
  // "father of five", "five children": a bare count with the noun it counts.
  if (ARTICLE_NUMBERS.has(t.lower) || !/^\d/.test(t.text) && value === 1) return null;
  // "sono 369 le navi", "son 20 los heridos": the counted noun after its article.
  const noun = language !== 'en' && COPULAS.test(prev?.lower ?? '') && RANGE_ARTICLES.has(tokens[j]?.lower ?? '') && isWord(tokens[j + 1]) ? tokens[++j] : tokens[j];
  // "seven wonderful employees": one word between the number and the people it counts.
  const peopleAt = [j, j + 1].find((k) => UNIT_WORDS[tokens[k]?.lower ?? '']?.dimension === 'people' && (k === j || isWord(tokens[j])));
  if (peopleAt !== undefined) return finish(text, tokens, i, peopleAt + 1, value, PEOPLE, `${raw} ${tokens[peopleAt]!.text}`, used, false);
  // "the crew members were all Indians and 22 in total": a bare number in a sentence about people.
  const totalAfter = !noun || !isWord(noun) || (/^(?:in|total|of|aboard)$/.test(noun.lower) && !/^\d/.test(tokens[j + 1]?.text ?? ''));
  if (/^\d+$/.test(t.text) && totalAfter) {
    const about = tokens.slice(Math.max(0, i - 8), i).find((x) => UNIT_WORDS[x.lower]?.dimension === 'people');
    if (about) {
      used.add(i);
      return make(text, start, t.end, 'people', 'people', value, value, value, approximationBefore(tokens, i), [about.lower]);
    }
  }
  if (noun && isWord(noun) && !SKIP.has(noun.lower) && noun.lower.length > 2 && !/^(?:of|per|and|to|or|und|y|e|bis|hasta|fino|jusqu)$/.test(noun.lower)) {
    // Counted things: "850,000 vehicles", "three children" (people above), "two bodies".
    used.add(i);
    return make(text, start, noun.end, 'count', noun.lower, value, value - roundingOf(raw, value), value + roundingOf(raw, value), approximationBefore(tokens, i), [noun.lower, ...thingOf(tokens, i, j + 1, false)]);
  }
  // "a father of five", "mother of three": the count of children.
  if (prev?.lower === 'of' && before && /^(?:father|mother|parent|grandfather|grandmother|vater|mutter|padre|madre)$/.test(before.lower)) {
    used.add(i);
    return make(text, start, t.end, 'people', 'people', value, value, value, approximationBefore(tokens, i), ['children', before.lower]);
  }
  return null;
}

/** A unit at token `j` (after an optional hyphen): one or two words, "948ft" glued, "km²". */
/** Words that may stand between a number and its unit without changing what the unit measures. */
const BETWEEN_NUMBER_AND_UNIT = new Set(['more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'full']);

function unitAfter(tokens: Token[], j: number): { def: UnitDef; next: number; hyphenated: boolean; labelOverride?: string } | null {
  let k = j;
  let hyphenated = false;
  if (isDash(tokens[k])) {
    k++;
    hyphenated = true;
  }
  const a = tokens[k];
  if (!a) return null;
  // "40 more hours of oxygen", "two additional days", "24 straight hours": the unit one word on.
  if (!hyphenated && BETWEEN_NUMBER_AND_UNIT.has(a.lower)) {
    const inner = unitAfter(tokens, k + 1);
    return inner && !inner.hyphenated ? inner : null;
  }
  const b = tokens[k + 1];
  if (b) {
    const phrase = UNIT_PHRASES[`${a.lower} ${b.lower}`];
    if (phrase) return { def: phrase, next: k + 2, hyphenated };
    // "km/h"
    if (a.lower === 'km' && b.text === '/' && tokens[k + 2]?.lower === 'h') return { def: KMH, next: k + 3, hyphenated };
    const power = b.text === '²' ? '2' : b.text === '³' ? '3' : /^[23]$/.test(b.text) && b.start === a.end ? b.text : null;
    if (power && POWERED[power]![a.lower]) return { def: POWERED[power]![a.lower]!, next: k + 2, hyphenated };
    // "900 Millionen US-Dollar", "550 million US dollars", "916 million U.S. dollars"
    if (a.lower === 'us' && isDash(b) && UNIT_WORDS[tokens[k + 2]?.lower ?? ''] === USD) return { def: USD, next: k + 3, hyphenated };
    if (a.lower === 'us' && UNIT_WORDS[b.lower] === USD) return { def: USD, next: k + 2, hyphenated };
    if (a.lower === 'u' && b.text === '.' && tokens[k + 2]?.lower === 's' && tokens[k + 3]?.text === '.' && UNIT_WORDS[tokens[k + 4]?.lower ?? ''] === USD) return { def: USD, next: k + 5, hyphenated };
  }
  // "-man crew", "eight-man": people.
  if (a.lower === 'man' && hyphenated) return { def: PEOPLE, next: k + 1, hyphenated, labelOverride: 'people' };
  if (a.lower === 'member' && hyphenated) return { def: PEOPLE, next: k + 1, hyphenated };
  const def = UNIT_WORDS[a.lower];
  if (!def) return null;
  // "m" and "t" alone are units only glued to the number or hyphenated: "289m", not "5 m" for million.
  if ((a.lower === 'm' || a.lower === 't') && !hyphenated && tokens[j - 1] && tokens[j - 1]!.end !== a.start) return null;
  if (def.dimension === 'people' || def.dimension === 'money') return { def, next: k + 1, hyphenated };
  return { def, next: k + 1, hyphenated };
}

/**
 * "12 to 24 months", "one to two years": the first number of a range ending at token `i`; "26 und 35
 * Jahren" (joiner "and"): two values, not a range.
 */
function rangeBefore(tokens: Token[], i: number, language: FigureLanguage): { value: number; start: number; end: number; joiner: 'to' | 'and' } | null {
  // An article may stand before each number: "tra i 6 e i 10", "entre los 6 y los 10".
  const article = (k: number) => RANGE_ARTICLES.has(tokens[k]?.lower ?? '');
  const at = article(i - 1) ? i - 1 : i;
  const joiner = tokens[at - 1];
  const first = tokens[at - 2];
  if (!joiner || !first || !/^(?:to|and|or|bis|a|y|e|o|und|et|–|-)$/.test(joiner.lower)) return null;
  if (at < i && !/^(?:y|e|et|und|and)$/.test(joiner.lower)) return null;
  const firstAt = at - 2;
  const between = /^(?:between|zwischen|entre|tra|fra)$/.test(tokens[article(firstAt - 1) ? firstAt - 2 : firstAt - 1]?.lower ?? '');
  const value = /^\d/.test(first.text) ? numeral(first.text, language) : wordNumber(first.lower);
  if (value === null || ARTICLE_NUMBERS.has(first.lower)) return null;
  const and = /^(?:and|und|y|e)$/.test(joiner.lower) && !between;
  return { value, start: first.start, end: first.end, joiner: and ? 'and' : 'to' };
}

/** Articles a range may put before its numbers ("tra i 6 e i 10", "entre les 6 et les 10"). */
const RANGE_ARTICLES = new Set(['i', 'gli', 'le', 'les', 'los', 'las', 'die']);

/** The first of two values sharing a unit ("26 und 35 Jahren", "17 and 24 people"). */
function finishValue(text: string, first: { value: number; start: number; end: number }, unit: UnitDef, tokens: Token[], i: number): Figure {
  const r = roundingOf(text.slice(first.start, first.end), first.value);
  return make(text, first.start, first.end, unit.dimension, unit.label, first.value, first.value - r, first.value + r, approximationBefore(tokens, i - 2), [], undefined, unit);
}

/** The figure from its parts: approximation, rounding interval, and what it measures. */
function finish(text: string, tokens: Token[], i: number, end: number, value: number, unit: UnitDef, raw: string, used: Set<number>, adjective: boolean, label?: string): Figure | null {
  for (let k = i; k < end; k++) used.add(k);
  const approx = approximationBefore(tokens, i);
  const figureText = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
  const digits = raw.split(' ')[0]!.replace(/^[$€£]/, '');
  return make(text, tokens[i]!.start, tokens[end - 1]!.end, unit.dimension, label ?? unit.label, value, value - roundingOf(digits, value), value + roundingOf(digits, value), approx, thingOf(tokens, i, end, adjective), figureText, unit);
}

/** A word a head count counts people by that names a group of them ("children", "crew"), not "people". */
export function isPeopleGroup(word: string): boolean {
  return UNIT_WORDS[word]?.dimension === 'people' && !GENERIC_PEOPLE.has(word);
}

/** Words for people that name no group: every head count could use them. */
const GENERIC_PEOPLE = new Set(['people', 'persons', 'person', 'individuals', 'others', 'personas', 'persone', 'personen', 'menschen', 'leute']);

function make(
  text: string,
  start: number,
  end: number,
  dimension: Dimension,
  unitLabel: string,
  value: number,
  low: number,
  high: number,
  approx: Approximation,
  thing: string[],
  shown?: string,
  unit?: UnitDef,
): Figure {
  const conv = (v: number) => (unit ? toBase(v, unit) : v);
  let lo = conv(low);
  let hi = conv(high);
  const base = conv(value);
  // "about 500 metres": 5% either way; "at least seven": open above; "up to 20": open below.
  if (approx === 'about') {
    lo = Math.min(lo, base * 0.95);
    hi = Math.max(hi, base * 1.05);
  } else if (approx === 'nearly') {
    lo = Math.min(lo, base * 0.85);
    hi = Math.max(hi, base);
  } else if (approx === 'atLeast') hi = Infinity;
  else if (approx === 'atMost') lo = 0;
  return { text: shown ?? text.slice(start, end), start, end, dimension, unit: unitLabel, value, base, low: lo, high: hi, approx, thing, context: clauseAround(text, start, end) };
}

/**
 * What a figure measures: the nouns after an adjective-like figure ("985-foot-long vessel", "27-day
 * journey"), or after "of" ("40 hours of breathable air"), else the nearest words before it.
 */
function thingOf(tokens: Token[], i: number, end: number, adjective: boolean): string[] {
  const after: string[] = [];
  let skipped = 0;
  for (let k = end; k < tokens.length && after.length < 2; k++) {
    const t = tokens[k]!;
    if (t.text === '(') {
      // "948ft (289m) container ship": past the parenthesis.
      while (k < tokens.length && tokens[k]!.text !== ')') k++;
      continue;
    }
    if (isDash(t) || /^["“”'‘’]$/.test(t.text)) continue;
    // "21-foot (6.5-meter) Titan": the figure in parentheses measures what follows them too.
    if (t.text === ')' && k === end) continue;
    if (!isWord(t)) break;
    // "a length of 400 metres and a width of 60": what follows "and" is another phrase's.
    if (after.length === 0 && CONJUNCTIONS.has(t.lower)) break;
    // "24 hours away from a depleted oxygen supply": a time until something, which is what follows.
    if (after.length === 0 && t.lower === 'away' && tokens[k + 1]?.lower === 'from') continue;
    if (SKIP.has(t.lower) || t.lower.length < 2) {
      // Past "of", "long", "the": at most two such words, and none once a noun is found.
      if (after.length || ++skipped > 2) break;
      continue;
    }
    after.push(t.lower);
  }
  const before: string[] = [];
  for (let b = i - 1; b >= 0 && before.length < 2 && i - b <= 5; b--) {
    const t = tokens[b]!;
    if (!isWord(t)) {
      if (t.text === ',' || t.text === '(' || isDash(t)) continue;
      break;
    }
    // A unit is not what is measured: "21-foot (6.5-meter) Titan" measures the Titan, not the foot.
    if (SKIP.has(t.lower) || ABOUT.has(t.lower) || AT_LEAST.has(t.lower) || AT_MOST.has(t.lower) || t.lower.length < 2 || UNIT_WORDS[t.lower]) continue;
    before.push(t.lower);
  }
  return adjective || after.length ? [...after, ...before] : [...before, ...after];
}

/** Words that join two phrases: the words after one are not what a figure before it measures. */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'und', 'oder', 'y', 'o', 'pero', 'e', 'ed', 'ma', 'et', 'ou', 'mais']);

/** Words of the clause around a figure: up to ten either side, not across , ; : or a dash. */
function clauseAround(text: string, start: number, end: number): string[] {
  const before = text.slice(Math.max(0, start - 90), start).split(/[,;:—–(]|\s-\s/).pop()!;
  const after = text.slice(end, end + 90).split(/[,;:—–)]|\s-\s/)[0]!;
  const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...words(before).slice(-10), ...words(after).slice(0, 10)];
}

/** Money words a few words before a sum: "cost", "pledged", "raised". */
const MONEY_VERBS = /^(?:cost|costs|costing|paid|pay|pays|paying|spent|spend|spending|raised|raise|raising|worth|pledged|pledge|pledging|donated|donate|donating|fined|fine|priced|budget|funding|funds|fund|compensation|damages|owed|owes|earned|earns|salary|bill|price)$/;

/** Pounds as a sum, not a weight: a money word just before it, or a conversion to a currency after it. */
function sterling(tokens: Token[], i: number, next: number): boolean {
  if (tokens[next]?.text === '(' && /^[$€£]|^(?:us|usd|eur)$/i.test(tokens[next + 1]?.text ?? '')) return true;
  for (let k = Math.max(0, i - 4); k < i; k++) if (MONEY_VERBS.test(tokens[k]!.lower)) return true;
  return false;
}

/** Time zones a time of day is given in: "16.50 GMT", "1650 GMT". */
const TIME_ZONE = /^(?:GMT|UTC|CET|CEST|BST|EST|EDT|CST|CDT|PST|PDT|HST|MEZ|MESZ)$/;

/** Words after "a second" ("une seconde") that keep it a duration: "a second later", "une seconde plus tard". */
const AFTER_DURATION = /^(?:and|or|of|to|for|in|later|after|before|ago|too|plus|et|ou|de|pour|après|avant|und|oder|später|nach|vor|y|o|después|antes|e|dopo|prima)$/;

/** "a second alarm", "une seconde alerte": the word after "second" is a noun it numbers. */
function ordinalBefore(next: Token | undefined): boolean {
  return !!next && /^\p{Ll}/u.test(next.text) && !AFTER_DURATION.test(next.lower);
}

/** "sono 369 le navi", "son 20 los heridos", "ils sont 400 les pompiers": a count before its article and noun. */
const COPULAS = /^(?:sono|erano|saranno|furono|son|eran|fueron|serán|sont|étaient|seront)$/;

/**
 * Clock times: "1:30 a.m.", "01:30", "1:30pm", "10 a.m.", "5.50pm", "16.50 GMT", "1650 GMT": minutes
 * after midnight, never converted.
 */
function clockAt(text: string, tokens: Token[], i: number, used: Set<number>): Figure | null {
  const t = tokens[i]!;
  const [h, m] = (/^\d{4}$/.test(t.text) ? [t.text.slice(0, 2), t.text.slice(2)] : t.text.split(/[:.]/)).map(Number) as [number, number | undefined];
  if (h === undefined || Number.isNaN(h) || h > 24 || (m !== undefined && (Number.isNaN(m) || m > 59))) return null;
  let end = i + 1;
  let hours = h;
  const next = tokens[i + 1];
  if (next && /^(?:a|p)$/i.test(next.text) && tokens[i + 2]?.text === '.' && /^m$/i.test(tokens[i + 3]?.text ?? '')) {
    if (/p/i.test(next.text) && hours < 12) hours += 12;
    if (/a/i.test(next.text) && hours === 12) hours = 0;
    end = tokens[i + 4]?.text === '.' ? i + 5 : i + 4;
  } else if (next && /^(?:am|pm)$/i.test(next.text)) {
    if (/pm/i.test(next.text) && hours < 12) hours += 12;
    end = i + 2;
  } else if (m === undefined) return null;
  if (TIME_ZONE.test(tokens[end]?.text ?? '')) end++;
  for (let k = i; k < end; k++) used.add(k);
  const minutes = hours * 60 + (m ?? 0);
  return make(text, t.start, tokens[end - 1]!.end, 'clock', 'time', minutes, minutes, minutes, 'exact', thingOf(tokens, i, end, false));
}

/** "985 ft" or "948 ft (289 m)" as shown in a reason. */
export function describeFigure(f: Figure): string {
  return f.text;
}

/** Whether the two intervals of figures of one dimension overlap: the statements can both be true. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  return a.dimension === b.dimension && a.low <= b.high && b.low <= a.high;
}
