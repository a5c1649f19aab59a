-- Step 2
--
-- Revision ID: c0ffee000002
-- Revises: c0ffee000001
-- Create Date: 2026-11-01 09:00:02Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (2);

-- migrate:downgrade
DELETE FROM counter WHERE id = 2;
