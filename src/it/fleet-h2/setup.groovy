// Five revisions, each a table: tenant 07 of the fleet gets table r4 beforehand, so its revision 4 fails.
def dir = new File(basedir, 'migrations/versions')
dir.mkdirs()
(1..5).each { n ->
    def id = String.format('f1ee%08d', n)
    def parent = n == 1 ? '' : String.format('f1ee%08d', n - 1)
    new File(dir, String.format('20261201_%06d_%s_table_r%d.sql', n, id, n)).text = """-- Table r${n}
--
-- Revision ID: ${id}
-- Revises: ${parent}
-- Create Date: 2026-12-01 09:00:00Z

-- migrate:upgrade
CREATE TABLE r${n} (id INT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE r${n};
"""
}
return true
