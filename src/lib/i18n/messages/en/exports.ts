import type { Side } from '../../../queries/sides';

const sideName = (side: Side) => (side === 'asia' ? 'Asia' : 'Europe');

/**
 * Text that travels with a chart: its title, caption and description in exports and alt
 * text, the citation line, the export toolbar, the embed code and the embed page.
 */
export const exports = {
  undercount:
    'Europe → Asia is undercounted: few Asian partners report international students as hosts.',
  series: {
    title: (span: string) => `Students crossing between ASEM Asia and ASEM Europe, ${span}`,
    caption: (level: string, undercount: string) =>
      `International students by direction, ${level}. ${undercount}`,
    subject: (span: string, level: string) =>
      `students crossing between ASEM Asia and ASEM Europe by year, ${span}, ${level}`,
  },
  sankey: {
    route: (origin: Side, destination: Side) =>
      `from ASEM ${sideName(origin)} to ASEM ${sideName(destination)}`,
    title: (route: string, year: number) => `Flows ${route}, ${year}`,
    caption: (route: string, level: string) =>
      `International students ${route} by origin and host country, ${level}.`,
    subject: (route: string, year: number, level: string) => `${route} in ${year}, ${level}`,
  },
  balance: {
    title: (year: number) => `Balance per ASEM partner, ${year}`,
    caption: (level: string) =>
      `Students exchanged with the other ASEM side, ${level}. Balance index = (in − out) / ` +
      '(in + out); empty where the partner reports no host data. Outbound from European ' +
      'partners counts only the Asian hosts with data, so their balance leans towards inbound.',
    captionUnlisted: (level: string) =>
      `Students exchanged with the other ASEM side, ${level}, summed over the pairs in the UIS ` +
      'top-ten lists. Empty where no pair with the other side is listed: the count is unknown, ' +
      'not 0. The listed sums are lower bounds, so net, ratio and balance index compare lower ' +
      'bounds. Balance index = (in − out) / (in + out).',
    subject: (year: number, level: string) => `${year}, ${level}`,
  },
  describe: {
    lineNoValues: (label: string) => `${label}: no values reported.`,
    lineOneValue: (label: string, value: string, year: number) => `${label}: ${value} in ${year}.`,
    lineTwoValues: (
      label: string,
      first: string,
      firstYear: number,
      last: string,
      lastYear: number,
    ) => `${label}: ${first} in ${firstYear} and ${last} in ${lastYear}.`,
    lineChart: (subject: string) => `Line chart of ${subject}.`,
    sankeyEmpty: (subject: string) =>
      `Sankey diagram of students ${subject}: no flows are reported.`,
    sankey: (total: string, subject: string) => `Sankey diagram of ${total} students ${subject}.`,
    largestOrigins: (list: string) => `Largest origins: ${list}.`,
    largestDestinations: (list: string) => `Largest destinations: ${list}.`,
    largestFlow: (source: string, target: string, students: string) =>
      `Largest single flow: ${source} to ${target}, ${students} students.`,
    balanceTable: (partners: number, subject: string) =>
      `Table of ${partners} ASEM partners' exchange with the other side, ${subject}.`,
    largestInflow: (name: string, net: string) => `Largest net inflow: ${name} (${net}).`,
    largestOutflow: (name: string, net: string) => `Largest net outflow: ${name} (${net}).`,
    noHostData: (partners: number) =>
      partners === 1
        ? '1 partner reports no host data, so its balance is unknown.'
        : `${partners} partners report no host data, so their balance is unknown.`,
  },
  publisher: 'ASEM Education Process, Balanced mobility dashboard',
  citation: (
    title: string,
    publisher: string,
    attribution: string,
    years: string,
    version: string,
    url: string,
    accessed: string,
  ) =>
    `${title}. ${publisher}. Source: ${attribution}, data ${years}, dataset version ` +
    `${version}. ${url} (accessed ${accessed}).`,
  footer: {
    source: (attribution: string) => `Source: ${attribution}.`,
    data: (years: string, version: string) => `Data year: ${years}. Dataset version: ${version}.`,
    view: (url: string, accessed: string) => `View: ${url} (accessed ${accessed})`,
  },
  citeAs: 'Cite as:',
  uploadAttribution: (name: string, fileName: string) =>
    `dataset "${name}" uploaded from ${fileName} and stored in this browser, not published data`,
  toolbar: {
    label: (title: string) => `Export: ${title}`,
    embed: 'Embed',
    addToReport: 'Add to report',
    openReport: 'Open report',
    notShareable:
      'Embeds and the report builder show the public OECD data per country only, so this view ' +
      'can be exported as SVG, PNG or CSV.',
    failed: (reason: string) => `Export failed: ${reason}`,
    saved: (file: string) => `Saved ${file}`,
    added: (charts: number) =>
      `Added to the report (${charts} ${charts === 1 ? 'chart' : 'charts'}).`,
  },
  embedCode: {
    label: 'Embed code',
    imageUrl: 'Fallback image URL (upload the PNG there; relative URLs resolve against your page)',
    copy: 'Copy embed code',
    downloadPng: 'Download fallback PNG',
    copied: 'Embed code copied.',
    copyBlocked: 'Copying is blocked in this browser: select the code above and copy it by hand.',
    staticImage: (title: string) => `Static image: ${title}`,
    interactiveView: 'Interactive view',
  },
  embedPage: {
    defaultTitle: 'Student mobility between ASEM Asia and ASEM Europe',
    open: 'Open the interactive dashboard',
  },
};

export type ExportMessages = typeof exports;
