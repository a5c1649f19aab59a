-- Sleep two seconds
--
-- Revision ID: aaaa00000001
-- Revises:
-- Create Date: 2026-12-01 09:00:00Z

-- migrate:upgrade
CREATE TABLE slept (ended TEXT);
SELECT pg_sleep(2);
INSERT INTO slept VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'HH24:MI:SS.MS'));

-- migrate:downgrade
DROP TABLE slept;
