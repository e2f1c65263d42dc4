/**
 * The world map from world-atlas (Natural Earth 1:110m, bundled, so no tile server or network)
 * and one anchor point per ASEM partner for drawing flows.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { PARTNER_NUMERIC, SMALL_PARTNER_POINTS } from './partner-geo';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const topology = countries110m as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

/** Every country outline of the map. */
export const WORLD: FeatureCollection<Polygon | MultiPolygon, { name: string }> = feature(
  topology,
  topology.objects.countries,
) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

const FEATURE_BY_ID = new Map(WORLD.features.map((country) => [String(country.id), country]));

/** Returns the outline of a partner, or undefined for one too small for the map. */
export function partnerFeature(iso3: string): CountryFeature | undefined {
  const numeric = PARTNER_NUMERIC[iso3];
  return numeric === undefined ? undefined : FEATURE_BY_ID.get(numeric);
}

/**
 * Returns the point where flows of a partner start and end: the centroid of its largest
 * polygon, so overseas territories (France's, for one) do not pull it into the ocean.
 */
export function partnerAnchor(iso3: string): [number, number] | undefined {
  const small = SMALL_PARTNER_POINTS[iso3];
  if (small) return small;

  const country = partnerFeature(iso3);
  if (!country) return undefined;

  const polygons: Polygon[] =
    country.geometry.type === 'Polygon'
      ? [country.geometry]
      : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((best, polygon) =>
    geoArea(polygon) > geoArea(best) ? polygon : best,
  );
  return geoCentroid(largest);
}
