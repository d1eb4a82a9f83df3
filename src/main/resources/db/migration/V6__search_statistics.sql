-- Search chooses per query between walking the newest rows and reading every match from a GIN
-- index, with PostgreSQL's statistics of the search columns (io.regtrack.search.SearchStatistics:
-- pg_stats.most_common_elems, the frequent lexemes with the fraction of rows containing each).
-- The word pairs of document bodies (pairs_tsv) are many: with the default statistics target (100)
-- ANALYZE keeps about a thousand of them, and every pair rarer than 2% of the articles looks as
-- common as that. A person's name ("lam_van", "van_man": under 1%) must look rare, a subject phrase
-- ("tri_noi", "noi_bo": 10%) common. Target 1000 keeps the pairs down to about 0.15% (ANALYZE reads
-- up to 300,000 rows: about 2 s for 100,000 articles).
alter table document alter column pairs_tsv set statistics 1000;
