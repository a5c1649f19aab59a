-- Create accounts
--
-- Revison ID: 3f2a9c1b7d4e
-- Revises: 1a2b3c4d5e6f

-- migrate:upgrade
CREATE TABLE accounts (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE accounts;
