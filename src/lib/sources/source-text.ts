/** The label and coverage note of each source, in the interface language. */
import uisRecord from '$data/uis-provenance.json';
import type { ViewMessages } from '../i18n/messages/en/views';
import type { SourceId } from './sources';

export function sourceLabel(source: SourceId, messages: ViewMessages): string {
  if (source === 'oecd') return messages.sources.oecdLabel;
  return messages.sources.uisLabel(uisRecord.years.min, uisRecord.years.max);
}

export function sourceCoverage(source: SourceId, messages: ViewMessages): string {
  return source === 'oecd' ? messages.sources.oecdCoverage : messages.sources.uisCoverage;
}
