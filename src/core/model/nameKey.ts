/**
 * What people's names are compared on, everywhere: trimmed, in Unicode normal form C (so that an "é" typed as one
 * character equals "e" + a combining accent), and case-folded by lower-, upper- then lower-casing, which folds
 * "ß", "ẞ" and "SS" together, "İ" with "i̇", and final "ς" with "σ". Locale rules (Turkish dotless "ı") are not
 * applied: "ı" folds to "i".
 */
export function nameKey(name: string): string {
  const trimmed = name.trim();
  // Most names are plain ASCII: the same key as before, without the cost of normalizing.
  if (/^[\x20-\x7e]*$/.test(trimmed)) return trimmed.toLowerCase();
  return trimmed.normalize('NFC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC');
}
