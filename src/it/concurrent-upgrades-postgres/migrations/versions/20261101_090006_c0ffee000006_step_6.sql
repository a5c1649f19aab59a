-- Step 6
--
-- Revision ID: c0ffee000006
-- Revises: c0ffee000005
-- Create Date: 2026-11-01 09:00:06Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (6);

-- migrate:downgrade
DELETE FROM counter WHERE id = 6;
