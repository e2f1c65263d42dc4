import { error } from '@sveltejs/kit';
import { isPartnerCode, partnerName, PARTNER_CODES } from '$lib/partner-routes';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per ASEM partner. */
export const entries: EntryGenerator = () => PARTNER_CODES.map((iso3) => ({ iso3 }));

export const load: PageLoad = ({ params, data }) => {
  if (!isPartnerCode(params.iso3)) {
    error(404, `"${params.iso3}" is not the ISO alpha-3 code of an ASEM partner.`);
  }
  return { ...data, iso3: params.iso3, name: partnerName(params.iso3) };
};
