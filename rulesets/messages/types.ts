/** Shape of the rule and convention message catalogues (one file per category and language). */

export interface ConventionTexts {
  /** One line: what the convention asks. */
  title: string;
  /** Why it matters for joining the bouquet. */
  why: string;
}

export interface RuleTexts {
  /** Short name of the rule. */
  title: string;
  /** How to fix, in Markdown; may contain a corrected snippet in a ```yaml fence. */
  fix: string;
  /** Finding messages by key; `{name}` placeholders are filled from the report arguments. */
  messages: Record<string, string>;
}

export interface CategoryCatalogue {
  conventions: Record<string, ConventionTexts>;
  rules: Record<string, RuleTexts>;
}
