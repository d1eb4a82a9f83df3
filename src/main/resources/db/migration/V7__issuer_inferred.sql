-- Issue 14: whether a regulation's issuer (or the place in its name) was inferred rather than
-- written with the document, and a citation's symbol as written when the canonical one corrects it.
alter table regulation add column issuer_inferred boolean not null default false;
alter table citation add column stated_issuer_inferred boolean not null default false;
alter table citation add column stated_symbol_as_written text;
