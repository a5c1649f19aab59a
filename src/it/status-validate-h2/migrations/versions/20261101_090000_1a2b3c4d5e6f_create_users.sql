-- Create users
--
-- Revision ID: 1a2b3c4d5e6f
-- Revises:
-- Create Date: 2026-11-01 09:00:00Z

-- migrate:upgrade
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    email VARCHAR(255) NOT NULL
);

-- migrate:downgrade
DROP TABLE users;
