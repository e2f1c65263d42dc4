/** Text of the page shown when an address has no page or a page failed to load. */
export const errors = {
  notFoundTitle: 'Page not found',
  failedTitle: 'This page could not be shown',
  notFound: 'There is no page at this address. Check the address, or start again from a list.',
  failed: 'Reload the page to try again. If it fails again, start from the overview.',
  detail: (status: number, message: string) => `Error ${status}: ${message}`,
  overviewLink: 'Go to the overview',
  countriesLink: 'Choose a country',
};

export type ErrorMessages = typeof errors;
