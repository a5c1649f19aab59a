-- Step 1
--
-- Revision ID: c0ffee000001
-- Revises: 
-- Create Date: 2026-11-01 09:00:01Z

-- migrate:upgrade
CREATE TABLE counter (id INT PRIMARY KEY);
SELECT pg_sleep(3);

-- migrate:downgrade
DROP TABLE counter;
