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
        'The statistics cover Belgium as a whole. Higher education in Belgium is a matter for ' +
        'the Flemish, French and German-speaking Communities, and neither source splits the ' +
        'counts by Community, so the Flemish and French Communities each see their shares ' +
        'together here.',
    },
  ],
};

export function countryNotes(iso3: string): CountryNote[] {
  return NOTES[iso3] ?? [];
}
