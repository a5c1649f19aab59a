-- Create investments
--
-- Revision ID: 9e8d7c6b5a4f
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-11-03 09:00:00Z

-- migrate:upgrade
CREATE TABLE investments (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE investments;
