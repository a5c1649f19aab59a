-- Step 9
--
-- Revision ID: c0ffee000009
-- Revises: c0ffee000008
-- Create Date: 2026-11-01 09:00:09Z

-- migrate:upgrade
INSERT INTO counter (id) VALUES (9);

-- migrate:downgrade
DELETE FROM counter WHERE id = 9;
