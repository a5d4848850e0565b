/** A language's problem messages: see `index.ts`. */
export interface MessageCatalogue {
  /** English template → translated template, with the same `{n}` placeholders. */
  templates: Readonly<Record<string, string>>;
  /** Words and short phrases that fill unquoted placeholders (`a person`, `list`). */
  words: Readonly<Record<string, string>>;
}
