-- Step 1
--
-- Revision ID: c0ffee000001
-- Revises: 
-- Create Date: 2026-11-01 09:00:01Z

-- migrate:upgrade
CREATE TABLE counter (id INT PRIMARY KEY);
-- Hold the migration lock until all eight runs are connected (seven of them waiting), at most two minutes.
DO $$
BEGIN
  FOR i IN 1..1200 LOOP
    PERFORM pg_stat_clear_snapshot();
    EXIT WHEN (SELECT count(*) FROM pg_stat_activity
               WHERE application_name LIKE 'migrate-maven-plugin lock %' AND datname = current_database()) >= 8;
    PERFORM pg_sleep(0.1);
  END LOOP;
  PERFORM pg_sleep(1);
END
$$;

-- migrate:downgrade
DROP TABLE counter;
