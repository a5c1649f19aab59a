-- Create customers
--
-- Revision ID: 7d7d7d7d7d7d
-- Revises:
-- Create Date: 2026-12-01 09:00:00Z

-- migrate:upgrade
CREATE TABLE customer (
    id BIGINT NOT NULL,
    name VARCHAR(255),
    PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE customer;
