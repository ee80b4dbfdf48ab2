/**
 * A map of Germany rendered to SVG at build time: Natural Earth outlines
 * (world-atlas, 1:50m) projected with d3-geo. No tiles and no requests at
 * run time; markers are plain SVG links.
 */
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const GERMANY_ID = '276';
export const MAP_WIDTH = 460;
export const MAP_HEIGHT = 600;
const PADDING = 12;

let cached: { outline: string; project: (lon: number, lat: number) => [number, number] } | undefined;

export function germanyMap() {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const germany = feature(world, {
    ...world.objects.countries,
    geometries: world.objects.countries.geometries.filter((geometry) => geometry.id === GERMANY_ID),
  }) as unknown as { features: Feature<MultiPolygon>[] };
  const shape = germany.features[0]!;
  const projection = geoMercator().fitExtent([[PADDING, PADDING], [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING]], shape);
  const outline = geoPath(projection).digits(1)(shape) ?? '';
  cached = {
    outline,
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
  return cached;
}
