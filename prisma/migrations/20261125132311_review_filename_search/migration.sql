-- Review queue search by file name: a trigram index answers `filename ILIKE '%…%'` without reading
-- every document. pg_trgm ships with PostgreSQL's contrib (a trusted extension); where it is
-- missing (embedded PGlite) the search falls back to scanning file names and nothing else changes.
-- Kept out of schema.prisma on purpose: the schema engine's shadow database (PGlite) has no pg_trgm.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available: review search scans file names';
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "Document_filename_trgm_idx" ON "Document" USING gin ("filename" gin_trgm_ops);
  END IF;
END $$;
