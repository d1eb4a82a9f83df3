-- The change log behind the sync feed (GET /api/v1/changes, DESIGN.md §4): one row per document,
-- meeting, regulation and person that a transaction created, updated or deleted.
--
-- Writers. Triggers on the four tables append a row whenever one of their rows is inserted
-- (CREATED), updated (UPDATED: every path that changes what the API shows of an object bumps its
-- updated_at) or deleted (DELETED: document deletion, a meeting or person merged into another, a
-- regulation left without citations). Changes of an object's links made as a side effect of a
-- merge or split in another feature (a document whose meeting was merged away) are appended by the
-- features through ChangeService, without touching the object's row.
--
-- One row per object and transaction: tx is the writing transaction's id, and a second change of
-- the same object in the same transaction folds into the first row (CREATED then UPDATED stays
-- CREATED; anything then DELETED becomes DELETED), which keeps its seq and changed_at.
--
-- Order and visibility. The feed reads rows in (tx, seq) order and only rows whose tx is below the
-- xmin of its snapshot (the oldest transaction id still running): every transaction below it has
-- finished, so no row can appear later below that point, and a token (tx, seq) of the last row
-- read never skips a change that commits later. A row's seq alone would not do: sequence values
-- are taken during the transaction, so a transaction that started writing early but commits late
-- would land behind a position readers had already passed (the pitfall of a feed over
-- updated_at > since). tx is pg_current_xact_id() (64 bits with epoch: never wraps around; needs
-- PostgreSQL 13 or newer).
--
-- changed_at is the writing transaction's start time (now()), like updated_at.
create table change_log (
    seq          bigint generated always as identity primary key,
    tx           bigint      not null default (pg_current_xact_id()::text::bigint),
    entity_type  text        not null check (entity_type in ('Document', 'Meeting', 'Regulation',
                                                             'Person')),
    entity_id    bigint      not null,
    action       text        not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    changed_at   timestamptz not null default now(),
    constraint change_log_tx_entity_uq unique (tx, entity_type, entity_id)
);
create index change_log_position_idx on change_log (tx, seq);
create index change_log_changed_at_idx on change_log (changed_at, tx);

create function change_log_append() returns trigger
language plpgsql as $$
declare
    changed_id  bigint;
    change      text;
begin
    if tg_op = 'INSERT' then
        changed_id := new.id;
        change := 'CREATED';
    elsif tg_op = 'UPDATE' then
        changed_id := new.id;
        change := 'UPDATED';
    else
        changed_id := old.id;
        change := 'DELETED';
    end if;
    insert into change_log (entity_type, entity_id, action)
    values (tg_argv[0], changed_id, change)
    on conflict (tx, entity_type, entity_id) do update set action = 'DELETED'
        where excluded.action = 'DELETED' and change_log.action <> 'DELETED';
    return null;
end
$$;

create trigger document_change_log after insert or update or delete on document
    for each row execute function change_log_append('Document');
create trigger meeting_change_log after insert or update or delete on meeting
    for each row execute function change_log_append('Meeting');
create trigger regulation_change_log after insert or update or delete on regulation
    for each row execute function change_log_append('Regulation');
create trigger person_change_log after insert or update or delete on person
    for each row execute function change_log_append('Person');

-- What existed before the log: created (at its last change) or deleted (at its tombstone's time),
-- in time order, so that a client syncing from the beginning learns of every object.
insert into change_log (entity_type, entity_id, action, changed_at)
select entity_type, entity_id, action, changed_at
from (select 'Document' as entity_type, id as entity_id, 'CREATED' as action,
             updated_at as changed_at from document
      union all
      select 'Meeting', id, 'CREATED', updated_at from meeting
      union all
      select 'Regulation', id, 'CREATED', updated_at from regulation
      union all
      select 'Person', id, 'CREATED', updated_at from person
      union all
      select entity_type, entity_id, 'DELETED', deleted_at from tombstone
      where entity_type in ('Document', 'Meeting', 'Regulation', 'Person')) existing
order by changed_at, entity_type, entity_id
on conflict (tx, entity_type, entity_id) do nothing;
