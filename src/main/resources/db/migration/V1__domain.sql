-- Regtrack domain schema (DESIGN.md §2). Flyway owns it; Hibernate only validates.
-- Enumerations are text columns with CHECK constraints so that the values stay readable in SQL
-- and new values are added by a migration, not by reordering an ordinal.

-- ----------------------------------------------------------------------------------------------
-- Provinces: the gazetteer of the 63 units before 1 July 2025 and the 34 after, with the mapping
-- (successor_id: the post-merger unit a PRE_2025 unit became part of). The rows are reference data
-- owned by Flyway: R__provinces.sql, generated from the extraction gazetteer's provinces.tsv
-- (ProvinceMigrationTest fails when the two differ and prints the command that regenerates it).
create table province (
    id            bigint generated always as identity primary key,
    code          text    not null unique,
    name          text    not null,
    kind          text    not null check (kind in ('PROVINCE', 'CITY')),
    era           text    not null check (era in ('PRE_2025', 'POST_2025', 'BOTH')),
    successor_id  bigint  references province (id),
    aliases       text[]  not null default '{}'
);
create index province_successor_idx on province (successor_id);

-- ----------------------------------------------------------------------------------------------
-- Organizations: issuers, organizers and the bodies positions belong to. name_key (lower case,
-- NFC, new-style tone placement, single spaces) is the identity; name_fold (without diacritics)
-- serves case- and diacritic-insensitive filters.
create table organization (
    id           bigint generated always as identity primary key,
    name         text        not null,
    name_key     text        not null,
    name_fold    text        not null,
    kind         text        not null check (kind in ('PARTY_CENTRAL', 'PARTY_LOCAL', 'STATE_CENTRAL',
                                                       'STATE_LOCAL', 'MASS_ORGANIZATION', 'OTHER')),
    province_id  bigint      references province (id),
    parent_id    bigint      references organization (id),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint organization_name_key_uq unique (name_key)
);
create index organization_name_fold_idx on organization (name_fold);
create index organization_province_idx on organization (province_id);
create index organization_parent_idx on organization (parent_id);

-- ----------------------------------------------------------------------------------------------
-- Documents: one ingested article. content_hash (SHA-256 of the normalized body) is its identity;
-- the unique constraint is what makes concurrent ingestion of one article create one row.
create table document (
    id                 bigint generated always as identity primary key,
    title              text        not null,
    source             text,
    url                text,
    author             text,
    published_at       timestamp,
    published_on       date,
    body               text        not null,
    raw_text           text        not null,
    captions           text[]      not null default '{}',
    content_hash       char(64)    not null,
    extractor_version  integer     not null,
    ingested_at        timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint document_content_hash_uq unique (content_hash),
    constraint document_body_not_blank check (length(btrim(body)) > 0)
);
create index document_published_on_idx on document (published_on, id);
create index document_updated_at_idx on document (updated_at, id);

-- ----------------------------------------------------------------------------------------------
-- Regulations: the deduplicated registry of cited instruments. identity_key is computed by the
-- service from symbol + issuer scope + year (Party numbering restarts each term; local series such
-- as …/TU exist in every province), so an upsert on it creates a regulation exactly once.
-- series_key is the identity without the year ("58-QĐ/TW|tw", "DIRECTIVE:39|?"): the unit the
-- registry locks (pg_advisory_xact_lock) while it finds or creates a regulation. symbol_key is the
-- normalized symbol, symbol_loose the same without diacritics and separators ("58QDTW") for
-- typo-tolerant lookup, search_key a diacritic-free text of kind, number, symbol and title.
-- conflicts lists the fields on which citing documents disagree:
-- [{"field", "values": [{"value", "documents": [ids]}], "chosen"}].
create table regulation (
    id               bigint generated always as identity primary key,
    identity_key     text        not null,
    series_key       text        not null,
    kind             text        not null check (kind in ('REGULATION', 'DIRECTIVE', 'RESOLUTION',
                                                          'GUIDANCE', 'CONCLUSION', 'DECISION',
                                                          'NOTICE', 'PLAN', 'RULES', 'DECREE',
                                                          'CIRCULAR', 'LAW', 'OFFICIAL_LETTER',
                                                          'OTHER')),
    number           text,
    symbol           text,
    symbol_key       text,
    symbol_loose     text,
    symbol_inferred  boolean     not null default false,
    issuer_id        bigint      references organization (id),
    issued_on        date,
    title            text,
    chapters         integer     check (chapters is null or chapters > 0),
    articles         integer     check (articles is null or articles > 0),
    term             text,
    search_key       text        not null default '',
    conflicts        jsonb       not null default '[]',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint regulation_identity_uq unique (identity_key)
);
create index regulation_series_idx on regulation (series_key);
create index regulation_symbol_key_idx on regulation (symbol_key);
create index regulation_symbol_loose_idx on regulation (symbol_loose);
create index regulation_number_kind_idx on regulation (number, kind);
create index regulation_issuer_idx on regulation (issuer_id);
create index regulation_kind_issued_idx on regulation (kind, issued_on);
create index regulation_updated_at_idx on regulation (updated_at, id);

-- Relations stated in articles, each with the document and span that states it.
create table regulation_relation (
    id           bigint generated always as identity primary key,
    type         text    not null check (type in ('REPLACES', 'GUIDES', 'AMENDS', 'ISSUED_WITH')),
    source_id    bigint  not null references regulation (id) on delete cascade,
    target_id    bigint  not null references regulation (id) on delete cascade,
    document_id  bigint  not null references document (id) on delete cascade,
    span_start   integer not null,
    span_end     integer not null,
    constraint regulation_relation_not_self check (source_id <> target_id),
    constraint regulation_relation_span check (span_start >= 0 and span_end >= span_start),
    constraint regulation_relation_uq unique (source_id, type, target_id, document_id)
);
create index regulation_relation_target_idx on regulation_relation (target_id);
create index regulation_relation_document_idx on regulation_relation (document_id);

-- ----------------------------------------------------------------------------------------------
-- Citations: one mention of a regulation in a document (span = UTF-16 offsets into document.body).
create table citation (
    id                bigint generated always as identity primary key,
    document_id       bigint  not null references document (id) on delete cascade,
    regulation_id     bigint  not null references regulation (id),
    text              text    not null,
    span_start        integer not null,
    span_end          integer not null,
    form              text    not null check (form in ('FULL', 'SHORT', 'NAMED')),
    stated_kind       text,
    stated_number     text,
    stated_symbol     text,
    stated_issuer     text,
    stated_issued_on  date,
    stated_title      text,
    stated_chapters   integer,
    stated_articles   integer,
    stated_term       text,
    constraint citation_span check (span_start >= 0 and span_end > span_start),
    constraint citation_document_span_uq unique (document_id, span_start)
);
create index citation_regulation_idx on citation (regulation_id, document_id);

-- ----------------------------------------------------------------------------------------------
-- Persons. A person is a cluster of appearances (document_person rows) of one name key (NFC,
-- new-style tone placement, lower case, single spaces) linked by a shared position or organization
-- (PersonService): the clusters do not depend on the order documents arrive in. name is the most
-- frequent written form, positions the deduplicated positions of all appearances (fullest form
-- kept); name_fold (no diacritics) serves the diacritic-insensitive search.
create table person (
    id          bigint generated always as identity primary key,
    name        text        not null,
    name_key    text        not null,
    name_fold   text        not null,
    positions   text[]      not null default '{}',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index person_name_key_idx on person (name_key);
create index person_name_fold_idx on person (name_fold);
create index person_updated_at_idx on person (updated_at, id);

-- A person as a document names them: the name as written there, the positions stated there, and
-- what the merge compares: match_keys (position and organization keys, local ones qualified with
-- the province: "p:bí thư tỉnh ủy sóc trăng", "o:tỉnh ủy sóc trăng") and the province of the
-- article. ordinal keeps the document's order.
create table document_person (
    id           bigint generated always as identity primary key,
    document_id  bigint  not null references document (id) on delete cascade,
    person_id    bigint  not null references person (id) on delete cascade,
    ordinal      integer not null,
    name         text    not null,
    positions    text[]  not null default '{}',
    match_keys   text[]  not null default '{}',
    province_id  bigint  references province (id),
    constraint document_person_uq unique (document_id, person_id)
);
create index document_person_person_idx on document_person (person_id);

-- ----------------------------------------------------------------------------------------------
-- Meetings: an event reported by one or more documents. The meeting row holds the fields merged
-- from all its reports (meeting_document), recomputed deterministically whenever a report joins,
-- so the result does not depend on the order the reports arrived in (MeetingService).
create table meeting (
    id                         bigint generated always as identity primary key,
    title                      text,
    kind                       text        not null check (kind in ('DISSEMINATION', 'REVIEW',
                                                                    'EVALUATION', 'INSPECTION',
                                                                    'OTHER')),
    date                       date,
    date_inferred              boolean     not null default false,
    date_partial               text        check (date_partial is null
                                                  or date_partial ~ '^--[0-1][0-9]-[0-3][0-9]$'),
    part_of_day                text        check (part_of_day in ('MORNING', 'AFTERNOON', 'EVENING')),
    province_id                bigint      references province (id),
    province_today_id          bigint      references province (id),
    location                   text,
    organizer_id               bigint      references organization (id),
    online                     boolean     not null default false,
    bridge_points              integer     check (bridge_points is null or bridge_points >= 0),
    attendee_count             integer     check (attendee_count is null or attendee_count >= 0),
    attendee_count_qualifier   text        check (attendee_count_qualifier in ('EXACT', 'MORE_THAN',
                                                                                'ABOUT', 'LESS_THAN')),
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now()
);
create index meeting_date_idx on meeting (date desc, id desc);
create index meeting_province_idx on meeting (province_id, date);
create index meeting_province_today_idx on meeting (province_today_id, date);
create index meeting_organizer_idx on meeting (organizer_id);
create index meeting_updated_at_idx on meeting (updated_at, id);

-- One document's report of a meeting (report_no: the meeting's index among those the document
-- reports), with the fields as that document states them.
create table meeting_document (
    id                         bigint generated always as identity primary key,
    meeting_id                 bigint      not null references meeting (id) on delete cascade,
    document_id                bigint      not null references document (id) on delete cascade,
    report_no                  integer     not null check (report_no >= 0),
    title                      text,
    kind                       text        not null check (kind in ('DISSEMINATION', 'REVIEW',
                                                                    'EVALUATION', 'INSPECTION',
                                                                    'OTHER')),
    date                       date,
    date_inferred              boolean     not null default false,
    date_partial               text        check (date_partial is null
                                                  or date_partial ~ '^--[0-1][0-9]-[0-3][0-9]$'),
    part_of_day                text        check (part_of_day in ('MORNING', 'AFTERNOON', 'EVENING')),
    province_id                bigint      references province (id),
    province_today_id          bigint      references province (id),
    location                   text,
    organizer_id               bigint      references organization (id),
    online                     boolean     not null default false,
    bridge_points              integer     check (bridge_points is null or bridge_points >= 0),
    attendee_count             integer     check (attendee_count is null or attendee_count >= 0),
    attendee_count_qualifier   text        check (attendee_count_qualifier in ('EXACT', 'MORE_THAN',
                                                                                'ABOUT', 'LESS_THAN')),
    constraint meeting_document_report_uq unique (document_id, report_no)
);
create index meeting_document_meeting_idx on meeting_document (meeting_id);
create index meeting_document_date_idx on meeting_document (date);
create index meeting_document_date_partial_idx on meeting_document (date_partial);

-- A person at a meeting as one report states it (role, positions stated there). The meeting's
-- participant list merges the reports: the strongest role (CHAIR > SPEAKER > ATTENDEE) wins.
create table meeting_participant (
    id           bigint  generated always as identity primary key,
    meeting_id   bigint  not null references meeting (id) on delete cascade,
    report_id    bigint  not null references meeting_document (id) on delete cascade,
    person_id    bigint  not null references person (id) on delete cascade,
    ordinal      integer not null,
    role         text    not null check (role in ('CHAIR', 'SPEAKER', 'ATTENDEE')),
    positions    text[]  not null default '{}',
    constraint meeting_participant_uq unique (report_id, person_id)
);
create index meeting_participant_meeting_idx on meeting_participant (meeting_id);
create index meeting_participant_person_idx on meeting_participant (person_id);

-- A regulation a meeting dealt with, as one report states it.
create table meeting_regulation (
    id             bigint  generated always as identity primary key,
    meeting_id     bigint  not null references meeting (id) on delete cascade,
    report_id      bigint  not null references meeting_document (id) on delete cascade,
    regulation_id  bigint  not null references regulation (id) on delete cascade,
    ordinal        integer not null,
    role           text    not null check (role in ('DISSEMINATED', 'REVIEWED', 'DISCUSSED')),
    constraint meeting_regulation_uq unique (report_id, regulation_id)
);
create index meeting_regulation_meeting_idx on meeting_regulation (meeting_id);
create index meeting_regulation_regulation_idx on meeting_regulation (regulation_id, meeting_id);
