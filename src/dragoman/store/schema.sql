-- dragoman knowledge base, schema version 1 (migration 001).
-- Every table and column is documented in docs/schema.md. Later changes go in
-- store/migration_NNN_*.sql files, applied in order by dragoman.store.db.migrate().

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    title        VARCHAR,
    published    DATE,
    outlet       VARCHAR,
    url          VARCHAR,
    source_path  VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL,
    errors       VARCHAR[]
);

-- Canonical, cross-article actors.
CREATE TABLE IF NOT EXISTS actors (
    actor_id      VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    country       VARCHAR,
    dictionary_id VARCHAR,
    anonymous     BOOLEAN NOT NULL DEFAULT false,
    first_seen    DATE,
    last_seen     DATE
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id VARCHAR NOT NULL,
    alias    VARCHAR NOT NULL,
    source   VARCHAR NOT NULL DEFAULT 'auto',  -- auto | user
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE IF NOT EXISTS actor_roles (
    actor_id      VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    first_seen    DATE,
    last_seen     DATE,
    article_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, role)
);

-- The per-article actor records exactly as extracted: the input of cross-article
-- resolution, kept so that a user merge/split can re-resolve everything.
CREATE TABLE IF NOT EXISTS article_actors (
    article_id    VARCHAR NOT NULL,
    local_id      VARCHAR NOT NULL,
    actor_id      VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    country       VARCHAR,
    roles         VARCHAR[],
    aliases       VARCHAR[],
    anonymous     BOOLEAN NOT NULL DEFAULT false,
    dictionary_id VARCHAR,
    PRIMARY KEY (article_id, local_id)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    local_id   VARCHAR NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR,
    PRIMARY KEY (article_id, "start", "end", local_id)
);

-- Canonical, deduplicated real-world events.
CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    cameo          VARCHAR,
    source_actor   VARCHAR,
    target_actor   VARCHAR,
    location       VARCHAR,
    date           DATE,
    first_reported DATE,
    n_articles     INTEGER NOT NULL DEFAULT 0,
    n_outlets      INTEGER NOT NULL DEFAULT 0
);

-- One row per event as one article reports it: certainty, attribution and evidence stay here.
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    local_id        VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    cameo           VARCHAR,
    source_actor    VARCHAR,
    target_actor    VARCHAR,
    location        VARCHAR,
    date            DATE,
    date_text       VARCHAR,
    certainty       VARCHAR NOT NULL,
    attributed_to   VARCHAR,
    negated         BOOLEAN NOT NULL DEFAULT false,
    target_inferred BOOLEAN NOT NULL DEFAULT false,
    rule            VARCHAR,
    sentence        VARCHAR,
    span_start      INTEGER,
    span_end        INTEGER,
    source_local    VARCHAR,
    target_local    VARCHAR,
    attributed_local VARCHAR,
    PRIMARY KEY (article_id, local_id)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id    VARCHAR NOT NULL,
    quote_id      VARCHAR NOT NULL,
    speaker_actor VARCHAR,
    via_actor     VARCHAR,
    direct        BOOLEAN NOT NULL,
    text          VARCHAR NOT NULL,
    span_start    INTEGER,
    span_end      INTEGER,
    speaker_local VARCHAR,
    via_local     VARCHAR,
    PRIMARY KEY (article_id, quote_id)
);

-- The cooperation–conflict scale used by dyad timelines, graph edges and exports:
-- a Goldstein-like value per PLOVER type (−10 most conflictual, +10 most cooperative)
-- and GDELT's QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
-- conflict, 4 material conflict). Data, not code: edit with SQL to change the scale.
CREATE TABLE IF NOT EXISTS plover_scores (
    type       VARCHAR PRIMARY KEY,
    score      DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    cameo_root VARCHAR
);

INSERT OR REPLACE INTO plover_scores VALUES
    ('AGREE',      5.0, 1, '03'),
    ('CONSULT',    3.0, 1, '04'),
    ('SUPPORT',    3.5, 1, '05'),
    ('REQUEST',    3.0, 1, '02'),
    ('COOPERATE',  6.0, 2, '06'),
    ('AID',        7.0, 2, '07'),
    ('CONCEDE',    5.0, 2, '08'),
    ('RETREAT',    4.0, 2, '08'),
    ('ACCUSE',    -2.0, 3, '11'),
    ('REJECT',    -4.0, 3, '12'),
    ('THREATEN',  -6.0, 3, '13'),
    ('PROTEST',   -6.5, 4, '14'),
    ('MOBILIZE',  -7.2, 4, '15'),
    ('SANCTION',  -5.0, 4, '16'),
    ('COERCE',    -7.0, 4, '17'),
    ('ASSAULT',  -10.0, 4, '19');
