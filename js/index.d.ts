// Types for qa-explainer's JavaScript API and its explainer model (the JSON contract).

/** A piece of inline text. A run whose text is "\n" is a line break. */
export interface Run {
  text: string;
  strong?: boolean;
  em?: boolean;
  code?: boolean;
  /** An http(s) or relative link target; never another scheme. */
  href?: string;
}

export interface Item {
  text: string;
  runs?: Run[];
  /** A sub-list under this item (one level; deeper levels join it). */
  items?: Item[];
}

export type BlockKind = 'paragraph' | 'quote' | 'list' | 'heading' | 'caption' | 'preformatted' | 'table';

export interface Block {
  kind: BlockKind;
  /** Plain text; for lists, the items joined by newlines. */
  text: string;
  /** Present when the text has emphasis or links. */
  runs?: Run[];
  /** List items (kind "list"). */
  items?: Item[];
  ordered?: boolean;
  /** Photo credit (kind "caption"). */
  credit?: string;
  /** The photo a caption belongs to (kind "caption": a figure inside the text). */
  image?: Image;
  /** A table's rows of cells (kind "table"); its `text` is the rows, cells separated by tabs. */
  rows?: Cell[][];
  /** Who says this paragraph, in a transcript where several answer ("Presidente Ferrante"); the
   * name that opened it is taken off `text`. */
  speaker?: string;
}

export interface Cell {
  /** Empty for an empty cell. */
  text: string;
  runs?: Run[];
  /** A header cell (`<th>`). */
  header?: boolean;
}

export interface Question {
  /** Stable, unique, URL-safe id ([a-z0-9-]) for deep links: #id. */
  id: string;
  question: string;
  answer: Block[];
}

/** A photo: an http(s) or relative source; width and height (CSS pixels) when the page gave them. */
export interface Image {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface Media {
  caption: string;
  credit: string | null;
  image: Image | null;
}

export interface Explainer {
  title: string;
  kicker: string | null;
  byline: string | null;
  promised_count: number | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  media: Media | null;
  intro: Block[];
  /** Set when only an FAQ section at the end of an ordinary article is Q&A. */
  section: string | null;
  /** Empty when the article is not in question-and-answer form. */
  questions: Question[];
  outro: Block[];
  footer: Block[];
  warnings: string[];
  /** Why there is no explainer; null when there is one. */
  not_qa_reason: string | null;
}

export type LabelName =
  | 'explainer' | 'expandAll' | 'collapseAll' | 'allExpanded' | 'allCollapsed'
  | 'count' | 'countOne' | 'promised' | 'link' | 'linkCopied';

export interface ParseOptions {
  /** Fewest questions that make an explainer (default 2). */
  minQuestions?: number;
  /** Use an FAQ section at the end of an ordinary article (default true). */
  faqSections?: boolean;
}

export interface Options extends ParseOptions {
  /** One answer open at a time (default false). */
  single?: boolean;
  /** Which answers start open: "none" (default), "first", "all", or a question id. */
  open?: 'none' | 'first' | 'all' | (string & {});
  /** Where the explainer goes: in the article's place (default), or before/after it. */
  placement?: 'replace' | 'before' | 'after';
  /** Language of the explainer's own labels (default: the article's, then the page's). */
  lang?: string;
  /** Override labels; `count` may use {n}, `promised` {p} and {n}. */
  labels?: Partial<Record<LabelName, string>>;
  /** Add schema.org FAQPage JSON-LD next to the explainer (default false). */
  structuredData?: boolean;
  /** Opening a question replaces the address's #fragment, without scrolling (default false). */
  updateHash?: boolean;
  /** Level of the title heading; questions are one level below (default 2; 1 when the explainer
   *  replaces an article whose headline is an `<h1>`). */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Show "Expand all / Collapse all" (default true). */
  toolbar?: boolean;
  /** Show title, photo, intro and footer (default true); false renders only the questions. */
  full?: boolean;
}

/** A mounted explainer. */
export interface Handle {
  readonly model: Explainer | null;
  readonly mounted: boolean;
  readonly shadowRoot: ShadowRoot | null;
  open(id: string): boolean;
  close(id: string): boolean;
  isOpen(id: string): boolean;
  expandAll(): void;
  collapseAll(): void;
  /** Removes the explainer and its listeners; the article is shown exactly as before. */
  unmount(): void;
  /** Releases the handle's WebAssembly memory (also done when it is garbage-collected). */
  free(): void;
}

export interface ReadyDetail { model: Explainer }
export interface ToggleDetail {
  id: string;
  open: boolean;
  /** true when the reader did it (the event is then cancelable and fires before the change). */
  user: boolean;
}
export interface ErrorDetail {
  /** "wasm-load" | "fetch" | "not-qa" | "render" | "read" | "options" | "crash" */
  reason: string;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'qa-explainer-ready': CustomEvent<ReadyDetail>;
    /** Cancelable: preventDefault() keeps the answer as it was. */
    'qa-explainer-toggle': CustomEvent<ToggleDetail>;
    'qa-explainer-error': CustomEvent<ErrorDetail>;
  }
  interface HTMLElementTagNameMap {
    'qa-explainer': QaExplainerElement;
  }
}

/** Bytes of WebAssembly memory (it only grows): diagnostics and leak tests. */
export function memoryBytes(): number;
/** Loads and compiles the WebAssembly module (once). */
export function load(options?: { wasmUrl?: string | URL }): Promise<unknown>;
export function parseText(text: string, options?: ParseOptions): Promise<Explainer>;
export function parseHtml(html: string, options?: ParseOptions): Promise<Explainer>;
export function parseElement(element: Node, options?: ParseOptions): Promise<Explainer>;
export function render(model: Explainer, target: Element, options?: Options): Promise<Handle>;
export function enhance(article: Element, options?: Options): Promise<Handle | null>;
export function unmount(handle: Handle | null | undefined): void;
export function reportError(target: EventTarget, reason: string, error?: unknown): void;
export function guarded<T>(target: EventTarget, f: () => T): T | undefined;

export class QaExplainerElement extends HTMLElement {
  static observedAttributes: string[];
  static define(tag?: string, registry?: CustomElementRegistry): typeof QaExplainerElement;
  readonly model: Explainer | null;
  open(id: string): boolean;
  close(id: string): boolean;
  expandAll(): void;
  collapseAll(): void;
}
export function defineElement(tag?: string): typeof QaExplainerElement;
/** Enhances every [data-qa-explainer] article now and as they are added. */
export function start(root?: Document | Element): void;
export function stop(): void;
