-- Vietnamese search needs accent folding (unaccent) and typo tolerance (pg_trgm).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named lets it back expression indexes.
-- It also folds đ/Đ, which the unaccent rules already map to d/D.
create or replace function vn_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
