import type { MessageCatalogue } from './catalogue';

/**
 * German problem messages (formal "Sie", as VS Code's German UI). The plan's own words stay as written in the file:
 * keys (`name:`, `settings.maxNewRelationships`), stages (`planned`, `building`), cadences and dates.
 */
export const GERMAN: MessageCatalogue = {
  templates: {
    // Specific templates before general ones: the first that matches the whole message wins.
    'The file is too large to be a plan ({0}; plans are read up to {1}): check that this is the right file.':
      'Die Datei ist zu groß für einen Plan ({0}; Pläne werden bis {1} gelesen): Prüfen Sie, ob dies die richtige Datei ist.',
    'YAML: the plan could not be read ({0}).': 'YAML: Der Plan konnte nicht gelesen werden ({0}).',
    'YAML: {0}; the plan is not read until this is fixed.': 'YAML: {0}; der Plan wird erst gelesen, wenn dies behoben ist.',
    '[ ] and { } are nested more than {0} levels deep here': '[ ] und { } sind hier mehr als {0} Ebenen tief verschachtelt',
    'entries are nested (by indentation, "- " or "? ") more than {0} levels deep here':
      'Einträge sind hier (durch Einrückung, „- “ oder „? “) mehr als {0} Ebenen tief verschachtelt',
    'YAML: this file ends lines with a lone carriage return (old Mac line endings), which YAML does not read as a line break. Convert the file to LF or CRLF line endings (in VS Code: the "CRLF"/"LF" item in the status bar).':
      'YAML: Diese Datei beendet Zeilen mit einem einzelnen Wagenrücklauf (alte Mac-Zeilenenden), den YAML nicht als Zeilenumbruch liest. Wandeln Sie die Datei in LF- oder CRLF-Zeilenenden um (in VS Code: das Element „CRLF“/„LF“ in der Statusleiste).',
    'YAML: the plan is nested too deeply to read; flatten the deepest [ ] or { } lists.':
      'YAML: Der Plan ist zu tief verschachtelt, um ihn zu lesen; flachen Sie die tiefsten [ ]- oder { }-Listen ab.',
    'YAML: the aliases (*name) here expand to too much data ({0}). Write the values out instead of aliasing them.':
      'YAML: Die Aliase (*name) hier ergeben zu viele Daten ({0}). Schreiben Sie die Werte aus, statt Aliase zu verwenden.',
    'YAML: {0} Fix the YAML here; nothing is saved into the plan until it reads again.':
      'YAML: {0} Beheben Sie das YAML hier; in den Plan wird nichts gespeichert, bis er wieder lesbar ist.',
    '"{0}" is already in the plan (person {1}): names must be unique, ignoring case and surrounding spaces. Rename one of them or merge the entries.':
      '„{0}“ steht bereits im Plan (Person {1}): Namen müssen eindeutig sein, unabhängig von Groß-/Kleinschreibung und umgebenden Leerzeichen. Benennen Sie einen davon um oder führen Sie die Einträge zusammen.',
    'Over-commit: {0} people are in stage "building" but settings.maxNewRelationships is {1} (the first {2}: {3}). Build a few relationships at a time: set this one to "planned" until a slot frees up.':
      'Zu viel auf einmal: {0} Personen sind in der Phase „building“, aber settings.maxNewRelationships ist {1} (die ersten {2}: {3}). Bauen Sie nur wenige Beziehungen gleichzeitig auf: Setzen Sie diese Person auf „planned“, bis ein Platz frei wird.',
    'Over-commit: {0} people are in stage "building" but settings.maxNewRelationships is {1}. Build a few relationships at a time: set this one to "planned" until a slot frees up.':
      'Zu viel auf einmal: {0} Personen sind in der Phase „building“, aber settings.maxNewRelationships ist {1}. Bauen Sie nur wenige Beziehungen gleichzeitig auf: Setzen Sie diese Person auf „planned“, bis ein Platz frei wird.',
    '"{0}" is not in people: did you mean "{1}"? Otherwise add them to people so this contact counts.':
      '„{0}“ steht nicht unter people: Meinten Sie „{1}“? Andernfalls fügen Sie die Person unter people hinzu, damit dieser Kontakt zählt.',
    '"{0}" is not in people: add them to people (or fix the spelling) so this contact counts.':
      '„{0}“ steht nicht unter people: Fügen Sie die Person unter people hinzu (oder korrigieren Sie die Schreibweise), damit dieser Kontakt zählt.',
    '"{0}" keeps no open promise: did you mean "{1}"? {2} Write the promise\'s text as it was recorded.':
      '„{0}“ löst kein offenes Versprechen ein: Meinten Sie „{1}“? {2} Schreiben Sie den Text des Versprechens so, wie er eingetragen wurde.',
    '"{0}" keeps no open promise. {1} Write the promise\'s text as it was recorded.':
      '„{0}“ löst kein offenes Versprechen ein. {1} Schreiben Sie den Text des Versprechens so, wie er eingetragen wurde.',
    'There is no open promise of yours to these people before this date.': 'Vor diesem Datum gibt es kein offenes Versprechen von Ihnen an diese Personen.',
    'There is no open promise of theirs to these people before this date.': 'Vor diesem Datum gibt es kein offenes Versprechen dieser Personen.',
    'Open promises of yours: {0}.': 'Ihre offenen Versprechen: {0}.',
    'Open promises of theirs: {0}.': 'Deren offene Versprechen: {0}.',
    '"{0}" is not in this entry\'s with: ({1}), so this {2} item counts for nobody. Did you mean "{3}"?':
      '„{0}“ steht nicht in with: dieses Eintrags ({1}), daher zählt dieser {2}-Punkt für niemanden. Meinten Sie „{3}“?',
    '"{0}" is not in this entry\'s with: ({1}), so this {2} item counts for nobody. Add them to with:, or fix the name.':
      '„{0}“ steht nicht in with: dieses Eintrags ({1}), daher zählt dieser {2}-Punkt für niemanden. Fügen Sie die Person unter with: hinzu oder korrigieren Sie den Namen.',
    'Keys of {0} should be names of people in this entry, like "Dana Lee: the article".':
      'Die Schlüssel von {0} sollten Namen von Personen dieses Eintrags sein, etwa „Dana Lee: der Artikel“.',
    'What {0} {1} should be a text or a list of texts, not {2}.': 'Was {0} {1}, sollte ein Text oder eine Liste von Texten sein, nicht {2}.',
    'Keys of {0} should be plain words like {1}:, not a list or mapping.': 'Die Schlüssel von {0} sollten einfache Wörter wie {1}: sein, keine Liste oder Zuordnung.',
    'Merge keys (<<) are not part of YAML 1.2 and are ignored here: write the fields out in {0}. {1}':
      'Merge-Schlüssel (<<) gehören nicht zu YAML 1.2 und werden hier ignoriert: Schreiben Sie die Felder in {0} aus. {1}',
    'Unknown key "{0}" in {1}: did you mean "{2}"? {3}': 'Unbekannter Schlüssel „{0}“ in {1}: Meinten Sie „{2}“? {3}',
    'Unknown key "{0}" in {1} is ignored. {2}': 'Unbekannter Schlüssel „{0}“ in {1} wird ignoriert. {2}',
    'Known keys: {0}.': 'Bekannte Schlüssel: {0}.',
    '{0} should be a date like 2026-12-03, not a list or mapping.': '{0} sollte ein Datum wie 2026-12-03 sein, keine Liste oder Zuordnung.',
    '{0} "{1}" is not a date: {2}': '{0} „{1}“ ist kein Datum: {2}',
    'write the day only, as {0} (no time).': 'Schreiben Sie nur den Tag, als {0} (ohne Uhrzeit).',
    'write it as {0} (YYYY-MM-DD, two-digit month and day).': 'Schreiben Sie es als {0} (JJJJ-MM-TT, Monat und Tag zweistellig).',
    'that day does not exist in the calendar; write a real day as YYYY-MM-DD.': 'Diesen Tag gibt es im Kalender nicht; schreiben Sie einen echten Tag als JJJJ-MM-TT.',
    'write dates as YYYY-MM-DD, e.g. 2026-12-03.': 'Schreiben Sie Daten als JJJJ-MM-TT, z. B. 2026-12-03.',
    '{0} "{1}" is not one of {2}: did you mean "{3}"?': '{0} „{1}“ ist keiner der Werte {2}: Meinten Sie „{3}“?',
    '{0} "{1}" is not one of {2}.': '{0} „{1}“ ist keiner der Werte {2}.',
    'Change to "{0}"': 'In „{0}“ ändern',
    '{0} should be a whole number from {1} to {2} (unquoted), like {3}, not "{4}"; {5} is used.':
      '{0} sollte eine ganze Zahl von {1} bis {2} sein (ohne Anführungszeichen), etwa {3}, nicht „{4}“; {5} wird verwendet.',
    '{0} should be a mapping like {{1}: every 2 weeks}, not {2}.': '{0} sollte eine Zuordnung wie {{1}: every 2 weeks} sein, nicht {2}.',
    'Keys of {0} should be words like {1}:, not a list or mapping.': 'Die Schlüssel von {0} sollten Wörter wie {1}: sein, keine Liste oder Zuordnung.',
    '{0} should be a percentage of the cadence from 1% to 1000%, like {1}%, not "{2}"; {3}% is used.':
      '{0} sollte ein Prozentsatz des Rhythmus von 1 % bis 1000 % sein, etwa {1} %, nicht „{2}“; {3} % wird verwendet.',
    'settings should be a mapping (maxNewRelationships:, defaultCadence:), not {0}; defaults are used.':
      'settings sollte eine Zuordnung sein (maxNewRelationships:, defaultCadence:), nicht {0}; es werden die Standardwerte verwendet.',
    'version should be 1 (the only plan format so far), not "{0}".': 'version sollte 1 sein (das bisher einzige Planformat), nicht „{0}“.',
    'version should be 1 (the only plan format so far), not {0}.': 'version sollte 1 sein (das bisher einzige Planformat), nicht {0}.',
    'A plan should be a mapping with version:, settings:, people: and journal:, not {0}.':
      'Ein Plan sollte eine Zuordnung mit version:, settings:, people: und journal: sein, nicht {0}.',
    '{0} should be a list of entries starting with {1}, not {2}.': '{0} sollte eine Liste von Einträgen sein, die mit {1} beginnen, nicht {2}.',
    'Each item of {0} should be text, not {1}.': 'Jedes Element von {0} sollte Text sein, nicht {1}.',
    '{0} should be text, not {1}.': '{0} sollte Text sein, nicht {1}.',
    '{0} should be a list like [a, b], not {1}.': '{0} sollte eine Liste wie [a, b] sein, nicht {1}.',
    'Each person should be a mapping like "- name: Dana Lee": {0}.': 'Jede Person sollte eine Zuordnung wie „- name: Dana Lee“ sein: {0}.',
    'Each journal entry should be a mapping like "- date: 2026-12-03": {0}.': 'Jeder Journaleintrag sollte eine Zuordnung wie „- date: 2026-12-03“ sein: {0}.',
    'this "-" has nothing after it': 'nach diesem „-“ steht nichts',
    'This person has no name: add "name: <their name>" (names must be unique).': 'Diese Person hat keinen Namen: Fügen Sie „name: <Name>“ hinzu (Namen müssen eindeutig sein).',
    '{0} The plan\'s default cadence is used meanwhile.': '{0} Bis dahin wird der Standardrhythmus des Plans verwendet.',
    '{0} It is ignored meanwhile.': '{0} Bis dahin wird er ignoriert.',
    '{0} "{1}" is used meanwhile.': '{0} Bis dahin wird „{1}“ verwendet.',
    '"{0}" does not look like an email address (name@example.com); it is not used to match calendar attendees.':
      '„{0}“ sieht nicht wie eine E-Mail-Adresse aus (name@example.com); sie wird nicht zum Abgleich mit Kalenderteilnehmern verwendet.',
    'Each history item should be a date and a stage, like "2026-10-12 building", not "{0}".':
      'Jedes history-Element sollte ein Datum und eine Phase sein, etwa „2026-10-12 building“, nicht „{0}“.',
    'The history item "{0}" should start with a date written YYYY-MM-DD, like "2026-10-12 building".':
      'Das history-Element „{0}“ sollte mit einem Datum im Format JJJJ-MM-TT beginnen, etwa „2026-10-12 building“.',
    'archived should be the date the person was archived, like 2026-11-30, or true; not "{0}".':
      'archived sollte das Datum der Archivierung sein, etwa 2026-11-30, oder true; nicht „{0}“.',
    'This journal entry has no date: add "date: YYYY-MM-DD".': 'Dieser Journaleintrag hat kein Datum: Fügen Sie „date: JJJJ-MM-TT“ hinzu.',
    'This journal entry names nobody: add "with: <name>" (or a list [A, B]).': 'Dieser Journaleintrag nennt niemanden: Fügen Sie „with: <Name>“ hinzu (oder eine Liste [A, B]).',
    '"{0}" is not a cadence: the number must be at least 1. {1}': '„{0}“ ist kein Rhythmus: Die Zahl muss mindestens 1 sein. {1}',
    '"{0}" is too long a cadence: the most is {1}. {2}': '„{0}“ ist ein zu langer Rhythmus: Das Maximum ist {1}. {2}',
    'A cadence must be text. {0}': 'Ein Rhythmus muss Text sein. {0}',
    '"{0}" is not a cadence: the number must be a whole number of at least 1. {1}': '„{0}“ ist kein Rhythmus: Die Zahl muss eine ganze Zahl von mindestens 1 sein. {1}',
    '"{0}" is not a cadence. {1}': '„{0}“ ist kein Rhythmus. {1}',
    'Write a cadence as "every 2 weeks", "every 10 days", "every month", "every 3 months", "daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", or in short as "10d", "2w", "3m" (a whole number from 1 to {0}).':
      'Schreiben Sie einen Rhythmus als "every 2 weeks", "every 10 days", "every month", "every 3 months", "daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly" oder kurz als "10d", "2w", "3m" (eine ganze Zahl von 1 bis {0}).',
    // Why the exchange with a person is out of balance (ledger's balanceOf).
    'Out of balance: {0}': 'Nicht ausgeglichen: {0}',
    'you have received the last time: bring something': 'Sie haben beim letzten Mal nur etwas bekommen: Bringen Sie etwas mit',
    'you have received the last {0} times: bring something': 'Sie haben die letzten {0} Male nur etwas bekommen: Bringen Sie etwas mit',
    'received {0}, given {1}: bring something': '{0} bekommen, {1} gegeben: Bringen Sie etwas mit',
    // Why the next contact is when it is (ledger's nextContactOf). A cadence is the plan's own word and stays as written.
    'paused: never due': 'paused: nie fällig',
    'planned: not scheduled until building': 'planned: nicht geplant, bis die Phase „building“ ist',
    'set in the plan (next:)': 'im Plan festgelegt (next:)',
    'never contacted': 'noch nie kontaktiert',
    'last contact {0} + {1}': 'letzter Kontakt {0} + {1}',
    'every {0} days': 'every {0} days',
    'every {0} weeks': 'every {0} weeks',
    'every {0} months': 'every {0} months',
    // The Insights summary (insights' summaryOf) and its counts.
    '{0}, {1} where the lists meet; {2} in the last {3} weeks{4}; {5} at call-anytime.':
      '{0}, {1} davon auf beiden Listen; {2} in den letzten {3} Wochen{4}; {5} gefestigt (jederzeit ansprechbar).',
    ', {0} on time': ', {0} pünktlich',
    '1 person': '1 Person',
    '{0} people': '{0} Personen',
    '1 contact': '1 Kontakt',
    '{0} contacts': '{0} Kontakte',
    '1 relationship': '1 Beziehung',
    '{0} relationships': '{0} Beziehungen',
    // The core's words for when someone is due (describeDue, with date-fns's English wording of day counts).
    '{0} overdue': '{0} überfällig',
    'due today': 'heute fällig',
    'due tomorrow': 'morgen fällig',
    'in 1 day': 'in 1 Tag',
    'in {0} days': 'in {0} Tagen',
    '1 day ago': 'vor 1 Tag',
    '{0} days ago': 'vor {0} Tagen',
    '1 day': '1 Tag',
    '{0} days': '{0} Tage',
    '{0} weeks': '{0} Wochen',
    '{0} months': '{0} Monate',
    // Rows of a contacts file that Import People cannot take (core/import).
    'no column holds names: map a Name, First Name or Last Name column.': 'Keine Spalte enthält Namen: Ordnen Sie eine Spalte „Vollständiger Name“, „Vorname“ oder „Nachname“ zu.',
    'the row has {0} fields, the header {1}.': 'Die Zeile hat {0} Felder, die Kopfzeile {1}.',
    'the row has no name.': 'Die Zeile hat keinen Namen.',
    '"{0}" does not look like an email address; {1} is imported without it.': '„{0}“ sieht nicht wie eine E-Mail-Adresse aus; {1} wird ohne sie importiert.',
  },
  words: {
    'a person': 'einer Person',
    'the plan': 'dem Plan',
    'a journal entry': 'einem Journaleintrag',
    'not a list': 'keine Liste',
    'not a mapping': 'keine Zuordnung',
    'not a text': 'kein Text',
    list: 'eine Liste',
    mapping: 'eine Zuordnung',
    text: 'ein Text',
    number: 'eine Zahl',
    boolean: 'ein Wahrheitswert',
    value: 'ein Wert',
    'a list': 'eine Liste',
    'a mapping': 'eine Zuordnung',
    'a text': 'ein Text',
    'a number': 'eine Zahl',
    'a boolean': 'ein Wahrheitswert',
    'a value': 'ein Wert',
    'nobody yet': 'noch niemand',
    'was given': 'gegeben wurde',
    'gave you': 'Ihnen gab',
    'was promised': 'versprochen wurde',
    archived: 'archiviert',
  },
};
