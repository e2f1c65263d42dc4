// Every page is prerendered to static HTML; data is queried in the browser.
export const prerender = true;
export const trailingSlash = 'never';
