/**
 * Source spellings that the country lookup file does not contain, mapped to the lookup's spelling.
 *
 * Add a row here when the build fails on an unmapped country name. The key is the name after
 * trimming and mojibake repair. The value must be a COUNTRY value of the lookup file.
 */
export const COUNTRY_NAME_ALIASES: Readonly<Record<string, string>> = {
  // An earlier upstream version of the flow file, dated 2022-06-21, used these UN spellings.
  'Russian Federation': 'Russia',
  'United States of America': 'United States',
  'Viet Nam': 'Vietnam',
};
