-- Step 3
--
-- Revision ID: c0ffee000003
-- Revises: c0ffee000002
-- Create Date: 2026-11-01 09:00:03Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (3);

-- migrate:downgrade
DELETE FROM counter WHERE id = 3;
