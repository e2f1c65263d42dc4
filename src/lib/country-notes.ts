/**
 * Notes that a country's profile shows beside its figures, because the numbers alone would
 * mislead for that country.
 */
export interface CountryNote {
  id: string;
  text: string;
}

/** Country-specific notes, keyed by ISO3 code. */
const NOTES: Record<string, CountryNote[]> = {
  BEL: [
    {
      id: 'belgium-communities',
      text:
        'The statistics cover Belgium as a whole. Higher education is run by the Flemish, ' +
        'French and German-speaking Communities, but neither source splits the counts ' +
        'between them, so readers from the Flemish and French Communities see their ' +
        'combined figures here.',
    },
  ],
};

export function countryNotes(iso3: string): CountryNote[] {
  return NOTES[iso3] ?? [];
}

/** Returns the note in the language of `messages`, or its English text if it has none. */
export function countryNoteText(
  note: CountryNote,
  messages: { notes: Record<string, string> },
): string {
  return messages.notes[note.id] ?? note.text;
}
