-- Step 7
--
-- Revision ID: c0ffee000007
-- Revises: c0ffee000006
-- Create Date: 2026-11-01 09:00:07Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (7);

-- migrate:downgrade
DELETE FROM counter WHERE id = 7;
