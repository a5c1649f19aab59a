// Fifty tiny revisions, each a table, a row and a short pause, so that a run lasts long enough to be killed inside.
def dir = new File(basedir, 'migrations/versions')
dir.mkdirs()
(1..50).each { n ->
    def id = String.format('dead%08d', n)
    def parent = n == 1 ? '' : String.format('dead%08d', n - 1)
    new File(dir, String.format('20261101_%06d_%s_step_%d.sql', n, id, n)).text = """-- Step ${n}
--
-- Revision ID: ${id}
-- Revises: ${parent}
-- Create Date: 2026-11-01 09:00:00Z

-- migrate:upgrade
CREATE TABLE t_${n} (id INT PRIMARY KEY);
INSERT INTO t_${n} (id) VALUES (${n});
SELECT pg_sleep(0.02);

-- migrate:downgrade
DROP TABLE t_${n};
"""
}
return true
