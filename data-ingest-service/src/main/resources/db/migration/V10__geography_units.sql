-- Basic units of geography: where each is, its area (GeoJSON) and its neighbours
create table geography_unit (
    source           text             not null,
    id               text             not null,
    kind             text             not null,
    name             text,
    country          char(2),
    latitude         double precision not null check (latitude between -90 and 90),
    longitude        double precision not null check (longitude between -180 and 180),
    area             text, -- GeoJSON Polygon or MultiPolygon
    min_lon          double precision, -- the area's bounding box, to find neighbours by
    min_lat          double precision,
    max_lon          double precision,
    max_lat          double precision,
    given_neighbours text, -- as the source gave them, ';'-separated; null: derived from the areas
    updated_at       timestamptz      not null,
    primary key (source, id)
);
create index geography_unit_bbox on geography_unit
    using gist (box(point(min_lon, min_lat), point(max_lon, max_lat))) where area is not null;

-- Symmetric: each adjacency is stored in both directions
create table geography_adjacency (
    source       text not null,
    unit_id      text not null,
    neighbour_id text not null,
    primary key (source, unit_id, neighbour_id)
);
