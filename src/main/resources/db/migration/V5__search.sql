-- Search (issue 7, io.regtrack.search): diacritic-, case- and tone-placement-insensitive full-text
-- search over documents, regulations, meetings and persons, typo-tolerant for names, on PostgreSQL
-- alone.
--
-- * unaccent and pg_trgm are contrib extensions shipped with PostgreSQL (also in the zonky binaries
--   of the embedded database); both are "trusted", so a database owner may create them.
-- * vn_fold(text): lower(unaccent(text)) declared IMMUTABLE so that indexes and generated columns
--   may use it (unaccent itself is only STABLE because its dictionary could change). The body is a
--   SQL-standard body: the dictionary and the function are resolved when this migration runs, not
--   through the search_path of each session. Every Vietnamese letter folds to one ASCII letter
--   ("Đ" → "d", "ệ" → "e", "uỷ" and "ủy" → "uy"), so tone placement no longer matters.
-- * vn_search_text(text): the fold cut into words of [a-z0-9] separated by single spaces, leading
--   zeros dropped ("58-QĐ/TW" → "58 qd tw", "08/02/2022" → "8 2 2022"). SearchQuery (Java) cuts a
--   query into the same words; SearchFoldTest checks that both agree.
-- * tsvector columns with the 'simple' configuration (no stemming: Vietnamese words are syllables)
--   and GIN indexes; generated columns where the row holds the text, a trigger for meetings (their
--   text includes the province and organizer names). Hibernate does not map these columns: they
--   are written by PostgreSQL only.
-- * Trigram GIN indexes (pg_trgm) on folded names (persons, organizations) and on the regulations'
--   search_key (kind, number, symbol, title) for the typo-tolerant fallback. Documents and meetings
--   have none: trigram similarity over 100,000 article titles costs 20 ms to 1.4 s a query
--   (common syllables share trigrams), far beyond the latency target (docs/PERFORMANCE.md).
-- * B-tree indexes in the search's tie order – most recent first, unknown dates last (as
--   1800-01-01), then newest id – so that a page of a broad query reads the newest matching rows
--   instead of sorting every match, and the cursor of the next page is a range of the index.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function vn_fold(t text) returns text
    language sql immutable strict parallel safe
    return lower(unaccent('unaccent'::regdictionary, t));

create function vn_search_text(t text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(regexp_replace(vn_fold(t), '[^a-z0-9]+', ' ', 'g'),
                          '(^| )0+([0-9])', '\1\2', 'g');

-- search_serial(): true, and PARALLEL UNSAFE. A ranking statement (SearchSql.combined) calls it to
-- rule out parallel plans: it relies on the children of its union all being run one after the
-- other (so that the lower score levels run only when the higher ones did not fill the page), and
-- a Parallel Append would interleave them. PL/pgSQL, so that it is not inlined away.
create function search_serial() returns boolean
    language plpgsql stable parallel unsafe as
$$
begin
    return true;
end
$$;

-- ----------------------------------------------------------------------------------------------
-- Documents: the title alone (title tier) and title + body (body tier). The body is indexed up to
-- its first 300,000 characters: a tsvector is limited to 1 MB, and ingestion accepts 2 MB.
alter table document
    add column title_tsv tsvector
        generated always as (to_tsvector('simple', vn_search_text(title))) stored,
    add column search_tsv tsvector
        generated always as (to_tsvector('simple', vn_search_text(title) || ' '
                                                   || vn_search_text(left(body, 300000)))) stored;
create index document_title_tsv_idx on document using gin (title_tsv);

-- pairs_tsv: the adjacent word pairs of title and body ("quy dinh 58" → quy_dinh, dinh_58), as
-- lexemes without positions, for phrases (SearchSql.bodyTs): a phrase of common words ("nguyen
-- van hung") matches few articles, but its words each match most, and the planner, which estimates
-- a phrase like the conjunction of its words, would read the recency index row by row, checking
-- the phrase in each row's (compressed, out-of-line) tsvector: seconds over 100,000 articles. Its
-- word pairs are as selective as the phrase, exact in the GIN index, and estimated from their own
-- statistics. The idea of Elasticsearch's index_phrases.
create function vn_search_pairs(t text) returns tsvector
    language plpgsql immutable strict parallel safe as
$$
declare
    w     text[] := string_to_array(btrim(vn_search_text(t)), ' ');
    pairs text[] := '{}';
begin
    -- PL/pgSQL keeps w and pairs as expanded arrays: O(1) subscripts and appends.
    for i in 1 .. coalesce(array_length(w, 1), 0) - 1 loop
        pairs := pairs || (w[i] || '_' || w[i + 1]);
    end loop;
    return array_to_tsvector(pairs); -- sorted, duplicates removed
end
$$;

alter table document
    add column pairs_tsv tsvector
        generated always as (vn_search_pairs(coalesce(title, '') || ' '
                                           || coalesce(left(body, 300000), ''))) stored;
create index document_pairs_tsv_idx on document using gin (pairs_tsv);
create index document_search_tsv_idx on document using gin (search_tsv);
create index document_recent_idx
    on document ((coalesce(published_on, cast('1800-01-01' as date))) desc, id desc);

-- ----------------------------------------------------------------------------------------------
-- Regulations: search_key (kind label, number, symbol and title, already folded by the registry).
-- symbol_loose with text_pattern_ops serves the prefix look-up of a symbol without its issuer part
-- ("QĐ 58" → '58QD%').
alter table regulation
    add column search_tsv tsvector
        generated always as (to_tsvector('simple', vn_search_text(search_key))) stored;
create index regulation_search_tsv_idx on regulation using gin (search_tsv);
create index regulation_search_trgm_idx on regulation using gin (search_key gin_trgm_ops);
create index regulation_symbol_loose_prefix_idx on regulation (symbol_loose text_pattern_ops);
create index regulation_recent_idx
    on regulation ((coalesce(issued_on, cast('1800-01-01' as date))) desc, id desc);

-- ----------------------------------------------------------------------------------------------
-- Persons: the folded name, for words and phrases, and trigrams for typos ("lam van mn").
alter table person
    add column search_tsv tsvector
        generated always as (to_tsvector('simple', vn_search_text(name_fold))) stored;
create index person_search_tsv_idx on person using gin (search_tsv);
create index person_name_trgm_idx on person using gin (name_fold gin_trgm_ops);

-- Organizations: trigrams for the substring filter of the organization list.
create index organization_name_trgm_idx on organization using gin (name_fold gin_trgm_ops);

-- ----------------------------------------------------------------------------------------------
-- Meetings: title_tsv (title tier) and search_tsv (title, location, province as at the date and
-- today, organizer name), kept by a trigger on every insert and update of the row. A province or
-- organization is never renamed (their names are identity keys), so no trigger on those tables.
alter table meeting
    add column title_tsv tsvector,
    add column search_tsv tsvector;

create function meeting_search_tsv() returns trigger
    language plpgsql as
$$
begin
    new.title_tsv := to_tsvector('simple', coalesce(vn_search_text(new.title), ''));
    new.search_tsv := to_tsvector('simple', vn_search_text(concat_ws(' ',
        new.title,
        new.location,
        (select p.name from province p where p.id = new.province_id),
        (select p.name from province p where p.id = new.province_today_id
                                           and new.province_today_id is distinct from new.province_id),
        (select o.name from organization o where o.id = new.organizer_id))));
    return new;
end
$$;

create trigger meeting_search_tsv_trg
    before insert or update of title, location, province_id, province_today_id, organizer_id
    on meeting for each row execute function meeting_search_tsv();

update meeting set title = title;

create index meeting_title_tsv_idx on meeting using gin (title_tsv);
create index meeting_search_tsv_idx on meeting using gin (search_tsv);
create index meeting_recent_idx
    on meeting ((coalesce(date, cast('1800-01-01' as date))) desc, id desc);
