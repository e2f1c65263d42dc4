import type { Messages } from './en';
import { countries } from './nl/countries';
import { country } from './nl/country';
import { errors } from './nl/errors';
import { exports } from './nl/exports';
import { groupings } from './nl/groupings';
import { map } from './nl/map';
import { overviewControls } from './nl/overview-controls';
import { pair } from './nl/pair';
import { programmes } from './nl/programmes';
import { report } from './nl/report';
import { upload } from './nl/upload';
import { views } from './nl/views';

/** Dutch interface text. */
export const nl: Messages = {
  layout: {
    nav: {
      label: 'Weergaven',
      overview: 'Overzicht',
      countries: 'Landen',
      map: 'Kaart',
      programmes: 'Programma’s',
      upload: 'Gegevens opladen',
      report: 'Rapport',
    },
    brand: 'ASEM-onderwijsproces · Evenwichtige mobiliteit',
    skipToContent: 'Naar de inhoud',
    language: 'Taal',
    source: (attribution) => `Standaardgegevens: ${attribution}.`,
    languageFailed: (language: string) =>
      `${language} kon niet worden geladen, dus de pagina blijft in deze taal. Laad de pagina opnieuw om het nog eens te proberen.`,
    otherData: 'Deze pagina toont andere gegevens; elke grafiek noemt haar bron eronder.',
    datasetVersion: 'Versie van de dataset',
  },
  overview: {
    pageTitle: 'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
    pageDescription:
      'Hoe evenwichtig is de studentenmobiliteit tussen Azië en Europa? OESO-inschrijvingsgegevens voor de ASEM-partners.',
    heading: 'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
    loading: 'De gegevens worden geladen…',
    loadFailed: (reason) => `De gegevens konden niet worden geladen: ${reason}`,
    queryFailed: (reason) => `De zoekopdracht is mislukt: ${reason}`,
    reload: 'Laad de pagina opnieuw om het nog eens te proberen.',
    sankeyHeading: (origin, destination, year) =>
      `Stromen van ASEM-${origin} naar ASEM-${destination}, ${year}`,
    sankeyLabel: 'Sankeydiagram van studenten per land van herkomst en bestemming',
    sankeyCountries: 'Elk knooppunt is één land.',
    sankeyGroups: (grouping) =>
      `Gegroepeerd volgens ${grouping}: elk knooppunt is één groep, of één land dat in geen groep valt.`,
    sankeyOrigins: (drawn, merged, other) =>
      merged === 0
        ? drawn === 1
          ? 'De enige herkomst is getekend.'
          : `Alle ${drawn} herkomsten zijn getekend.`
        : `De ${drawn} grootste herkomsten zijn getekend, en de overige ${merged} zijn samengevoegd als "${other}".`,
    sankeyDestinations: (drawn, merged, other) =>
      merged === 0
        ? drawn === 1
          ? 'De enige bestemming is getekend.'
          : `Alle ${drawn} bestemmingen zijn getekend.`
        : `De ${drawn} grootste bestemmingen zijn getekend, en de overige ${merged} zijn samengevoegd als "${other}".`,
    sankeyTotal: (total) => `Totaal ${total} studenten.`,
    sankeyEmpty: 'Voor deze selectie zijn geen stromen gerapporteerd.',
    noFlows: (year) =>
      `Voor ${year} bevatten deze gegevens geen stromen tussen ASEM-Azië en ASEM-Europa. ` +
      'Kies een ander jaar.',
    otherPartners: (side) =>
      side === 'asia' ? 'Andere Aziatische partners' : 'Andere Europese partners',
    balanceHeading: (year) => `Balans per ASEM-partner, ${year}`,
    balanceCaption:
      'Studenten uitgewisseld met de andere ASEM-kant. Balansindex = (in − uit) / (in + uit); — betekent geen gegevens als gastland. Uitgaande studenten van Europese partners tellen alleen de Aziatische gastlanden met gegevens, dus hun balans helt over naar inkomend.',
    hostsVary: (minimum, maximum) =>
      `Het aantal Europese partners met gegevens als gastland verschilt per jaar (${minimum} tot ${maximum}), dus een deel van de verandering in de lijn Azië → Europa komt door de rapportering, niet door mobiliteit.`,
    membersJoined: (joined) =>
      `ASEM is in deze jaren gegroeid en elk jaar telt de partners van dat jaar: ${joined}.`,
    joinedIn: (names, year) => `${names} vanaf ${year}`,
    columnEuropeanHosts: 'Europese gastlanden met gegevens',
    columnAsianHosts: 'Aziatische gastlanden met gegevens',
    seriesLabel: 'Studenten tussen de ASEM-kanten per jaar',
    seriesAsiaToEurope: 'ASEM-Azië → ASEM-Europa',
    seriesEuropeToAsia: 'ASEM-Europa → ASEM-Azië (ondertelling*)',
    summary: (year, asiaToEurope, ratio, europeToAsia) =>
      `In ${year} studeerden ${asiaToEurope} studenten uit ASEM-Azië in ASEM-Europa, ` +
      `${ratio} de ${europeToAsia} studenten uit ASEM-Europa die in ASEM-Azië geteld zijn.`,
  },
  sides: { asia: 'Azië', europe: 'Europa' },
  notices: {
    year: (value, first, last, shown) =>
      `Het jaar "${value}" in de link zit niet in de gegevens (${first}–${last}); ${shown} wordt getoond.`,
    level: (value) =>
      `Het niveau "${value}" in de link is onbekend; alle tertiaire niveaus worden getoond.`,
    direction: (value) =>
      `De richting "${value}" in de link is onbekend; Azië naar Europa wordt getoond.`,
  },
  controls: {
    year: 'Jaar',
    level: 'Niveau',
    direction: 'Richting van het Sankeydiagram',
    asiaToEurope: 'Azië → Europa',
    europeToAsia: 'Europa → Azië',
  },
  levels: {
    ISCED11_5T8: 'Hoger onderwijs, alle niveaus (ISCED 5–8)',
    ISCED11_5: 'Kortlopend hoger onderwijs (ISCED 5)',
    ISCED11_6: 'Bachelor of gelijkwaardig (ISCED 6)',
    ISCED11_7: 'Master of gelijkwaardig (ISCED 7)',
    ISCED11_8: 'Doctoraat of gelijkwaardig (ISCED 8)',
  },
  headline: {
    asiaToEurope: (year) => `studenten uit ASEM-Azië in ASEM-Europa, ${year}`,
    europeToAsia: (year) => `studenten uit ASEM-Europa in ASEM-Azië, ${year}*`,
    ratio: 'Azië → Europa voor elke student Europa → Azië*',
  },
  jumps: {
    title: 'Sterke veranderingen ten opzichte van het jaar ervoor.',
    intro: (previous, year, change) =>
      `Deze paren veranderden van ${previous} tot ${year} met minstens ${change} studenten en ` +
      'een factor 3. Dat kan komen doordat een gastland sommige studenten begint of ophoudt ' +
      'te tellen; controleer de bron voor u de verandering aanhaalt:',
    pair: (origin, destination, before, after) =>
      `${origin} → ${destination}: ${before} → ${after}`,
  },
  coverage: {
    title: '* Europa → Azië is ondergeteld.',
    asia: (reporting, partners, hosts, missing) =>
      `Slechts ${reporting} van de ${partners} Aziatische partners melden hun internationale ` +
      `studenten als gastland aan de OESO (${hosts}), dus Europese studenten in ${missing} ` +
      'worden niet geteld.',
    europe: (reporting, partners, missing) =>
      `Azië → Europa dekt ${reporting} van de ${partners} Europese partners (geen gegevens als gastland voor ${missing}).`,
    zeros:
      'Een 0 in de bron kan voor een ontbrekende waarde staan, dus de sommen zijn ondergrenzen.',
    asiaUpload: (reporting, partners, hosts) =>
      reporting === 0
        ? `Geen van de ${partners} Aziatische partners is gastland in deze dataset, dus die ` +
          'telt geen studenten van Europa naar Azië.'
        : `Slechts ${reporting} van de ${partners} Aziatische partners ` +
          `${reporting === 1 ? 'is' : 'zijn'} gastland in deze ` +
          `dataset (${hosts}), dus studenten naar de andere worden niet geteld.`,
  },
  balance: {
    partner: 'Partner',
    side: 'Kant',
    inbound: 'Inkomend van de andere kant',
    outbound: 'Uitgaand naar de andere kant',
    net: 'Netto (in − uit)',
    ratio: 'Verhouding in : uit',
    index: 'Balansindex',
    noHostData: 'Geen gegevens als gastland gemeld',
  },
  charts: {
    flowList: 'Stromen, grootste eerst; gebruik de pijltjestoetsen',
    showTable: 'Toon de gegevens als tabel',
    columnYear: 'Jaar',
    columnOrigin: 'Herkomst',
    columnDestination: 'Bestemming',
    columnStudents: 'Studenten',
    linkDescription: (source, target, students) =>
      `${source} naar ${target}: ${students} studenten`,
    nodeDescription: (name, students) => `${name}: ${students} studenten`,
  },
  overviewControls,
  views,
  countries,
  country,
  pair,
  map,
  programmes,
  upload,
  report,
  exports,
  groupings,
  errors,
};
