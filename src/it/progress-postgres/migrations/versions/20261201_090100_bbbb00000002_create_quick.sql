-- Create quick
--
-- Revision ID: bbbb00000002
-- Revises: aaaa00000001
-- Create Date: 2026-12-01 09:01:00Z

-- migrate:upgrade
CREATE TABLE quick (id INT);

-- migrate:downgrade
DROP TABLE quick;
