-- Step 10
--
-- Revision ID: c0ffee000010
-- Revises: c0ffee000009
-- Create Date: 2026-11-01 09:00:10Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (10);

-- migrate:downgrade
DELETE FROM counter WHERE id = 10;
