/**
 * The flow datasets a view can read, and what each covers. Views show one source at a time and
 * never add the two, because they count the same students.
 */
import uisRecord from '$data/uis-provenance.json';
import { attribution as oecdAttribution } from '../provenance';
import type { FlowTables } from '../queries/tables';

export type SourceId = 'oecd' | 'uis';

export interface SourceInfo {
  id: SourceId;
  /** Short name for selectors. */
  label: string;
  tables: FlowTables;
  attribution: string;
  /** Whether the source has the four ISCED levels, or only all tertiary. */
  hasLevels: boolean;
  /**
   * Whether a pair without a row means no students, given that the host reports. True for the
   * OECD file, which lists every origin of a reporting host; false for the top-ten lists.
   */
  missingPairMeansZero: boolean;
  /** Two or three sentences on what the source covers and what a missing value means. */
  coverage: string;
}

// NOTE: pages show `label` and `coverage` in the interface language from `views.sources` in
// i18n/messages. Keep these English texts in step with the English messages there.
export const SOURCES: Record<SourceId, SourceInfo> = {
  oecd: {
    id: 'oecd',
    label: 'OECD enrolments (2013–2019)',
    tables: { flows: 'flows', countries: 'countries' },
    attribution: oecdAttribution,
    hasLevels: true,
    missingPairMeansZero: true,
    coverage:
      'Every origin of the students enrolled in 40 reporting hosts, by ISCED level. Among the ' +
      'Asian partners only Australia, Japan, Korea, New Zealand and Russia report as hosts, so ' +
      'students going to the other Asian partners are not counted. A 0 can stand for a missing ' +
      'value.',
  },
  uis: {
    id: 'uis',
    label: `UNESCO UIS top-ten lists (${uisRecord.years.min}–${uisRecord.years.max})`,
    tables: { flows: 'uis_flows', countries: 'countries' },
    attribution: uisRecord.attribution,
    hasLevels: false,
    missingPairMeansZero: false,
    coverage:
      'All tertiary levels together, including hosts the OECD file lacks, such as Malaysia, ' +
      'India, Vietnam and Thailand in some years (China and Singapore report in neither), ' +
      "but only each origin's ten largest destinations and each host's ten largest origins. " +
      'A pair outside both lists is unknown, not zero, so sums are lower bounds.',
  },
};

export const SOURCE_IDS: readonly SourceId[] = ['oecd', 'uis'];

export const DEFAULT_SOURCE: SourceId = 'oecd';

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}

/** Version of the UIS derivation, shown next to UIS figures. */
export const uisVersion: string = uisRecord.version;
