/**
 * The shared data model of Kizuna: what a parsed article, an entity mention, a figure and an agreement look
 * like. Every layer (core analysis, db, renderer, CLI, exports) speaks these types.
 */

/** Entity mention types, as ../shared/eval/GOLD.md defines them. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MONEY' | 'DATE';

/** Types that name a real-world entity and therefore carry a `ref`. */
export type NamedEntityType = 'PERSON' | 'ORG' | 'PLACE';

/** One span of article text recognised as an entity; offsets are UTF-16 indices into `Article.text`. */
export interface Mention {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** Kebab-case ASCII id shared by every mention of the same real-world entity; null for MONEY and DATE. */
  ref: string | null;
  /** 0..1; dictionary hits are near 1, rule guesses lower. */
  confidence: number;
}

/** A real-world entity behind one or more mentions. */
export interface EntityInfo {
  ref: string;
  type: NamedEntityType;
  /** Preferred display name ("Phạm Minh Chính", "Japan External Trade Organization"). */
  name: string;
  /** Other spellings seen or known. */
  aliases: string[];
}

/** Units a figure can be expressed in (GOLD.md). */
export type FigureUnit =
  'USD' | 'JPY' | 'VND' | 'EUR' | 'projects' | 'enterprises' | 'percent' | 'people' | 'other';

/** What a figure measures (GOLD.md). */
export type Measure =
  | 'registered_capital'
  | 'investment_capital'
  | 'disbursed_capital'
  | 'oda'
  | 'trade'
  | 'count'
  | 'share'
  | 'other';

/** Approximation qualifier of a figure. */
export type Approx = 'over' | 'about' | null;

/** A quantity an investment analyst would chart, tied to the passage it came from. */
export interface Figure {
  /** The span as written ("JPY5 billion", "5,660 projects"). */
  text: string;
  start: number;
  end: number;
  /** In whole units: "78.6 billion" → 78600000000. */
  value: number;
  unit: FigureUnit;
  /** ISO 4217 code when the figure is money (also for `unit: 'other'` currencies such as THB, KRW). */
  currency: string | null;
  /** Value converted to US dollars with the yearly FX table, when it is money. */
  usd: number | null;
  measure: Measure;
  approx: Approx;
  /** Ref (or name) of who invests, null if not said. */
  investor: string | null;
  /** Ref (or name) of where the investment goes, null if not said. */
  recipient: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string | null;
  /** Figures stated as one claim (a parenthetical conversion) share a claim id. */
  claim: string | null;
  /** Human-readable consistency warnings ("JPY5 billion ≈ $33.4 million, not $6.6 million"). */
  warnings: string[];
  confidence: number;
}

/** A memorandum or cooperation agreement found in the text. */
export interface Agreement {
  kind: 'MoU' | 'agreement';
  /** Refs of the parties. */
  parties: string[];
  /** Signing date as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  /** The sentence span the agreement was read from. */
  start: number;
  end: number;
}

/** Everything the analysis engine finds in one article. */
export interface Analysis {
  mentions: Mention[];
  entities: EntityInfo[];
  figures: Figure[];
  agreements: Agreement[];
}

/** Kinds of block the importer distinguishes, so the reader can style them. */
export type BlockKind = 'title' | 'section' | 'dateline' | 'caption' | 'credit' | 'paragraph' | 'signature';

/** A structural block of article text, by offsets into `ParsedArticle.text`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** Source formats the importer understands. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'paste' | 'url';

/** An article as parsed from a file, before it is stored. `text` is immutable once stored. */
export interface ParsedArticle {
  /** The article's text as analysed and displayed (a leading `date` marker removed, nothing else changed). */
  text: string;
  title: string | null;
  /** True when no headline was present and the title was derived from the first sentence. */
  titleDerived: boolean;
  /** Publication date YYYY-MM-DD as stated, else null. */
  date: string | null;
  /** Publishing outlet ("VNA", "VNS", "baobinhduong.vn"), when revealed by the text or metadata. */
  source: string | null;
  /** Dateline as written ("Binh Duong (VNA)"), when present. */
  dateline: string | null;
  blocks: Block[];
  format: ArticleFormat;
  /** Original file name or URL. */
  origin: string;
  /** Tags the source file states (Markdown front matter), when it states any. */
  tags?: string[];
}
