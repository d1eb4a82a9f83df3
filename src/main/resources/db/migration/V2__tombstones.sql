-- Tombstones: what was deleted, for the sync feed (GET /changes, DESIGN.md §4). One row per deleted
-- document, meeting, regulation and person (the citations of a deleted document go with it; the
-- type also allows a citation's own tombstone). entity_type is the GraphQL type name (NodeType), so
-- a client can build the global id. deleted_at is the deleting transaction's start time; the index
-- serves a keyset read by (deleted_at, id).
create table tombstone (
    id           bigserial   primary key,
    entity_type  text        not null check (entity_type in ('Document', 'Meeting', 'Regulation',
                                                             'Person', 'Citation')),
    entity_id    bigint      not null,
    deleted_at   timestamptz not null default now()
);
create index tombstone_deleted_at_idx on tombstone (deleted_at, id);
