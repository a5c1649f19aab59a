-- Step 8
--
-- Revision ID: c0ffee000008
-- Revises: c0ffee000007
-- Create Date: 2026-11-01 09:00:08Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (8);

-- migrate:downgrade
DELETE FROM counter WHERE id = 8;
