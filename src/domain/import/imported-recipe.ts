/**
 * A recipe as read from another format, before it is mapped onto the binder
 * (./to-binder-entry.ts): what every reader (schema.org pages, Cooklang files, the
 * spreadsheet template) produces, and nothing more. Text is plain text, already
 * decoded (no HTML, no entities); nothing here has been matched to the catalogue yet.
 */

/** Where an imported recipe came from, kept with the entry and shown on its page. */
export interface ImportCredit {
  /** The page address, or the file name for a file without one. */
  readonly url?: string;
  /** Who wrote it, as the source names them. */
  readonly author?: string;
  /** The licence the source gives (a URL or a name), when it gives one. */
  readonly licence?: string;
  /** The site or book it comes from. */
  readonly publisher?: string;
}

/** One ingredient line as the source writes it, split into its parts. */
export interface ImportedLine {
  /** The line as written in the source ("1½ cups flour, sifted"), for the report and for a note when a part could not be read. */
  readonly raw: string;
  /** How much; undefined for "to taste" or a line without a number. The lower end of a range. */
  readonly quantity?: number;
  /** The upper end of a range ("2–3 tbsp"). */
  readonly quantityMax?: number;
  /** The unit as the source writes it ("cups", "EL", "g"); mapped onto the binder's units later. */
  readonly unit?: string;
  /** What it is ("flour", "olive oil"), without quantity, unit or preparation. */
  readonly name: string;
  /** How it is prepared ("sifted", "diced", "at room temperature"). */
  readonly preparation?: string;
  /** Anything else the line says that fits nowhere else. */
  readonly note?: string;
  /** The heading of its group ("For the sauce"), when the source groups lines. */
  readonly group?: string;
  readonly optional?: boolean;
  /** The line names another recipe of the same import or binder (a Cooklang reference `@./sauce{}`), by its file name without extension. */
  readonly recipe?: string;
  /** How it is bought, when the source says (a costing spreadsheet's supplier and price columns). */
  readonly purchase?: ImportedPurchase;
  /**
   * Binder fields of this line carried as they are by a file a binder exported (its
   * `ingredient` or `recipe` slug, `prepYield`, `mentionAs`): taken over, then checked.
   */
  readonly binder?: Readonly<Record<string, unknown>>;
}

/** A pack price as a costing sheet gives it: `price` buys `packQuantity` `packUnit`. */
export interface ImportedPurchase {
  readonly supplier?: string;
  readonly packQuantity?: number;
  readonly packUnit?: string;
  readonly price?: number;
  /** ISO 4217, when the sheet says; else the binder's currency. */
  readonly currency?: string;
}

/** A piece of a step's text: words, or a place where the source names one of the ingredient lines. */
export type StepSegment = string | { readonly line: number; readonly text: string };

export interface ImportedStep {
  /**
   * The step's text in pieces. A reader that knows which line a word names (Cooklang)
   * gives `{ line, text }` (`line` indexes `ImportedRecipe.ingredients`); others give
   * one string, and ingredient names in it are found by the mapping.
   */
  readonly segments: readonly StepSegment[];
  /** The heading of its section ("Soffritto"), when the source has sections. */
  readonly section?: string;
  /** A timer the source sets on this step (Cooklang `~{10%minutes}`). */
  readonly timerMinutes?: number;
  /** An oven or water temperature the source sets on this step, when structured. */
  readonly temperature?: { readonly value: number; readonly unit: 'C' | 'F' };
}

export interface ImportedRecipe {
  /** The file (and, in a file of several, which one) or URL it came from, as the report names it. */
  readonly origin: string;
  /** A suggested slug (a Cooklang file name, a spreadsheet's recipe column), when the source gives one. */
  readonly slug?: string;
  readonly title: string;
  readonly summary?: string;
  /** The source's language (BCP 47), when it says: names are matched in it, numbers read with its decimal comma. */
  readonly language?: string;
  /** The yield as the source writes it ("4 servings", "1 loaf", "12"). */
  readonly yieldText?: string;
  /** How many portions, when the source says so as a number. */
  readonly portions?: number;
  readonly prepMinutes?: number;
  readonly cookMinutes?: number;
  readonly totalMinutes?: number;
  /** The source's category or course words ("Main course", "Dessert"). */
  readonly categories?: readonly string[];
  readonly ingredients: readonly ImportedLine[];
  readonly steps: readonly ImportedStep[];
  /** Cookware named by the source. */
  readonly equipment?: readonly string[];
  /** Notes beside the method, as paragraphs. */
  readonly notes?: readonly string[];
  /** The main image's address or file, as the source gives it. */
  readonly image?: string;
  readonly credit?: ImportCredit;
  /** The source marks its timers itself (Cooklang's `~{10%minutes}`): none is read from the words of its steps. */
  readonly marksTimers?: boolean;
  /**
   * Binder fields the source carries as they are (a Cooklang file exported from a
   * binder keeps them in its front matter): taken over as written, then checked.
   */
  readonly binderFields?: Readonly<Record<string, unknown>>;
}

/** What a reader could not read, per source: never thrown for one bad recipe among many. */
export interface ImportProblem {
  /** The file or URL, with a line or row when known ("costing.csv:14"). */
  readonly where: string;
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** The recipe this problem kept out, by its name, when a source refuses one recipe among others (a spreadsheet's). */
  readonly refused?: string;
}

/** What a reader returns for one source: the recipes it found and what it refused. */
export interface ReadResult {
  readonly recipes: readonly ImportedRecipe[];
  readonly problems: readonly ImportProblem[];
}
