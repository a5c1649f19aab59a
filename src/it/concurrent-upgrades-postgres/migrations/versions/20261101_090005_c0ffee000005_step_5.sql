-- Step 5
--
-- Revision ID: c0ffee000005
-- Revises: c0ffee000004
-- Create Date: 2026-11-01 09:00:05Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (5);

-- migrate:downgrade
DELETE FROM counter WHERE id = 5;
