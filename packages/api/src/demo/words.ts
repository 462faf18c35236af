/**
 * Word lists the demo builds organisation names from. Every combination is
 * invented: geography and common words only, never a real organisation's name.
 */
import { type Bilingual, pair } from "./bilingual.ts";

/** Place adjectives in the masculine form (Russian endings agree with the noun). */
export const PLACES: readonly Bilingual[] = [
  pair("Северный", "Northern"),
  pair("Приокский", "Oka"),
  pair("Невский", "Neva"),
  pair("Заволжский", "Trans-Volga"),
  pair("Прикамский", "Kama"),
  pair("Донской", "Don"),
  pair("Среднерусский", "Central Russian"),
  pair("Верхневолжский", "Upper Volga"),
  pair("Беломорский", "White Sea"),
  pair("Ладожский", "Ladoga"),
  pair("Енисейский", "Yenisei"),
  pair("Байкальский", "Baikal"),
  pair("Алтайский", "Altai"),
  pair("Онежский", "Onega"),
  pair("Печорский", "Pechora"),
  pair("Подмосковный", "Moscow Region"),
  pair("Межрегиональный", "Interregional"),
  pair("Евразийский", "Eurasian"),
  pair("Открытый", "Open"),
  pair("Столичный", "Capital"),
  pair("Южный", "Southern"),
  pair("Восточный", "Eastern"),
  pair("Заречный", "Riverside"),
  pair("Прибрежный", "Coastal"),
];

/** Brand words with their English meaning, used in quotes: «Горизонт». */
export const BRANDS: readonly Bilingual[] = [
  pair("Горизонт", "Horizon"),
  pair("Парус", "Sail"),
  pair("Маяк", "Lighthouse"),
  pair("Компас", "Compass"),
  pair("Ступени", "Steps"),
  pair("Вершина", "Summit"),
  pair("Орбита", "Orbit"),
  pair("Созвездие", "Constellation"),
  pair("Радуга", "Rainbow"),
  pair("Перспектива", "Perspective"),
  pair("Открытие", "Discovery"),
  pair("Эрудит", "Erudite"),
  pair("Полиглот", "Polyglot"),
  pair("Атлас", "Atlas"),
  pair("Меридиан", "Meridian"),
  pair("Исток", "Wellspring"),
  pair("Кругозор", "Outlook"),
  pair("Формула", "Formula"),
  pair("Траектория", "Trajectory"),
  pair("Навигатор", "Navigator"),
  pair("Фарватер", "Fairway"),
  pair("Зенит", "Zenith"),
  pair("Акварель", "Watercolour"),
  pair("Логос", "Logos"),
  pair("Альтаир", "Altair"),
  pair("Вега", "Vega"),
  pair("Причал", "Harbour"),
  pair("Лестница", "Ladder"),
  pair("Мост", "Bridge"),
  pair("Родник", "Spring"),
  pair("Светоч", "Beacon"),
  pair("Сфера", "Sphere"),
  pair("Кристалл", "Crystal"),
  pair("Гармония", "Harmony"),
  pair("Эпоха", "Epoch"),
  pair("Спектр", "Spectrum"),
  pair("Пилот", "Pilot"),
  pair("Ориентир", "Landmark"),
  pair("Северное сияние", "Northern Lights"),
  pair("Белые ночи", "White Nights"),
];

/** First halves of invented EdTech brands (КвантЛаб / QuantLab). */
export const TECH_PREFIXES: readonly Bilingual[] = [
  pair("Квант", "Quant"),
  pair("Код", "Code"),
  pair("Пиксель", "Pixel"),
  pair("Нейро", "Neuro"),
  pair("Вектор", "Vector"),
  pair("Логика", "Logic"),
  pair("Эврика", "Eureka"),
  pair("Бит", "Bit"),
  pair("Теорема", "Theorem"),
  pair("Атом", "Atom"),
  pair("Кибер", "Cyber"),
  pair("Гео", "Geo"),
  pair("Синтез", "Synthesis"),
  pair("Пазл", "Puzzle"),
];

/** Second halves of invented EdTech brands. */
export const TECH_SUFFIXES: readonly Bilingual[] = [
  pair("Лаб", "Lab"),
  pair("Класс", "Class"),
  pair("Трек", "Track"),
  pair("Кампус", "Campus"),
  pair("Урок", "Lesson"),
  pair("Тех", "Tech"),
  pair("Мир", "World"),
  pair("Старт", "Start"),
  pair("Поток", "Flow"),
  pair("Шаг", "Step"),
];

/** Invented foreign towns for the study-abroad floor. */
export const TOWNS: readonly Bilingual[] = [
  pair("Нордвик", "Nordvik"),
  pair("Вестербург", "Westerburg"),
  pair("Мерибрук", "Merebrook"),
  pair("Хальштад", "Halstad"),
  pair("Кастелла", "Castella"),
  pair("Санта-Мира", "Santa Mira"),
  pair("Эльсхорн", "Elshorn"),
  pair("Греймур", "Greymoor"),
  pair("Кингсвейл", "Kingsvale"),
  pair("Лейкхейвен", "Lakehaven"),
  pair("Торнвуд", "Thornwood"),
  pair("Бельмонтея", "Belmontea"),
];
