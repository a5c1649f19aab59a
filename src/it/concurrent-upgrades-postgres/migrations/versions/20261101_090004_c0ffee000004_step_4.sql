-- Step 4
--
-- Revision ID: c0ffee000004
-- Revises: c0ffee000003
-- Create Date: 2026-11-01 09:00:04Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (4);

-- migrate:downgrade
DELETE FROM counter WHERE id = 4;
