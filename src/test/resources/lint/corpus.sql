-- The lint benchmark corpus: statements teams write in PostgreSQL migrations, each case labelled.
-- A case starts with "-- case: <id> | dangerous|safe | <family> | tx|notx" (tx: the section runs in a transaction)
-- and holds one or more statements. Every table a case does not create is an existing, busy table.
-- Families: index-lock, validation-scan, rewrite, failure, compatibility (docs/lint.md). Server: PostgreSQL 17.

-- case: 01 | dangerous | index-lock | tx
CREATE INDEX idx_orders_customer_id ON orders (customer_id);

-- case: 02 | dangerous | index-lock | tx
CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));

-- case: 03 | safe | index-lock | notx
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);

-- case: 04 | safe | index-lock | tx
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL, total numeric(12, 2));
CREATE INDEX idx_invoices_order_id ON invoices (order_id);

-- case: 05 | dangerous | index-lock | tx
DROP INDEX idx_orders_legacy_status;

-- case: 06 | safe | index-lock | notx
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy_status;

-- case: 07 | dangerous | index-lock | tx
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- case: 08 | safe | index-lock | tx
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;

-- case: 09 | dangerous | index-lock | tx
ALTER TABLE accounts ADD PRIMARY KEY (id);

-- case: 10 | safe | index-lock | tx
CREATE TABLE audit_log (id bigserial PRIMARY KEY, uuid uuid NOT NULL, payload jsonb);
ALTER TABLE audit_log ADD CONSTRAINT audit_log_uuid_key UNIQUE (uuid);

-- case: 11 | dangerous | index-lock | tx
CREATE INDEX ON events USING gin (payload jsonb_path_ops);

-- case: 12 | safe | index-lock | notx
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);

-- case: 13 | dangerous | index-lock | tx
ALTER TABLE users ADD COLUMN external_id text UNIQUE;

-- case: 14 | dangerous | index-lock | tx
CREATE INDEX idx_orders_open ON public.orders (created_at DESC) WHERE deleted_at IS NULL;

-- case: 15 | dangerous | validation-scan | tx
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);

-- case: 16 | safe | validation-scan | tx
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

-- case: 17 | safe | validation-scan | tx
ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;

-- case: 18 | dangerous | validation-scan | tx
ALTER TABLE orders ADD CONSTRAINT chk_orders_amount_positive CHECK (amount > 0);

-- case: 19 | safe | validation-scan | tx
ALTER TABLE orders ADD CONSTRAINT chk_orders_amount_positive CHECK (amount > 0) NOT VALID;

-- case: 20 | dangerous | validation-scan | tx
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- case: 21 | safe | validation-scan | tx
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;

-- case: 22 | safe | validation-scan | tx
CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE payments ADD CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id);

-- case: 23 | dangerous | validation-scan | tx
ALTER TABLE line_items ADD FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;

-- case: 24 | safe | validation-scan | tx
ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;

-- case: 25 | dangerous | validation-scan | tx
ALTER TABLE accounts ALTER COLUMN status SET NOT NULL, ALTER COLUMN status SET DEFAULT 'active';

-- case: 26 | safe | validation-scan | tx
CREATE TABLE coupons (id bigint PRIMARY KEY, code text);
ALTER TABLE coupons ALTER COLUMN code SET NOT NULL;

-- case: 27 | dangerous | validation-scan | tx
ALTER TABLE subscriptions ADD CONSTRAINT chk_subscriptions_dates CHECK (ends_at > starts_at);

-- case: 28 | dangerous | rewrite | tx
ALTER TABLE users ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- case: 29 | safe | rewrite | tx
ALTER TABLE users ADD COLUMN is_admin boolean NOT NULL DEFAULT false;

-- case: 30 | safe | rewrite | tx
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- case: 31 | safe | rewrite | tx
ALTER TABLE users ADD COLUMN nickname text;

-- case: 32 | dangerous | rewrite | tx
ALTER TABLE orders ALTER COLUMN id TYPE bigint;

-- case: 33 | safe | rewrite | tx
-- bio was varchar(500): varchar to text is binary coercible
ALTER TABLE users ALTER COLUMN bio TYPE text;

-- case: 34 | safe | rewrite | tx
-- name was varchar(100): widening a varchar changes only the catalog
ALTER TABLE users ALTER COLUMN name TYPE varchar(255);

-- case: 35 | dangerous | rewrite | tx
ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;

-- case: 36 | dangerous | rewrite | tx
ALTER TABLE orders ADD COLUMN order_number bigserial;

-- case: 37 | dangerous | rewrite | tx
ALTER TABLE events ALTER COLUMN created_at TYPE timestamptz;

-- case: 38 | dangerous | rewrite | tx
ALTER TABLE order_lines ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) STORED;

-- case: 39 | safe | rewrite | tx
-- price was numeric(10, 2): more precision, same scale, no rewrite
ALTER TABLE products ALTER COLUMN price TYPE numeric(14, 2);

-- case: 40 | dangerous | rewrite | tx
ALTER TABLE sessions ADD COLUMN token text NOT NULL DEFAULT md5(random()::text);

-- case: 41 | safe | rewrite | tx
ALTER TABLE users ADD COLUMN locale varchar(10) DEFAULT 'en';

-- case: 42 | dangerous | rewrite | tx
ALTER TABLE users ALTER COLUMN age TYPE smallint;

-- case: 43 | dangerous | rewrite | tx
ALTER TABLE invoices_archive ADD COLUMN seq integer GENERATED ALWAYS AS IDENTITY;

-- case: 44 | safe | rewrite | tx
CREATE TABLE shipments (id integer PRIMARY KEY, carrier text);
ALTER TABLE shipments ALTER COLUMN id TYPE bigint;

-- case: 45 | dangerous | rewrite | tx
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::order_status;

-- case: 46 | safe | rewrite | tx
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';

-- case: 47 | dangerous | failure | tx
CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);

-- case: 48 | safe | failure | notx
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_created_at ON orders (created_at);

-- case: 49 | dangerous | failure | tx
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

-- case: 50 | safe | failure | tx
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL DEFAULT 1;

-- case: 51 | dangerous | failure | tx
DROP INDEX CONCURRENTLY idx_orders_legacy_status;

-- case: 52 | safe | failure | tx
ALTER TABLE users ADD COLUMN tenant_id bigint;

-- case: 53 | dangerous | compatibility | tx
ALTER TABLE users RENAME COLUMN name TO full_name;

-- case: 54 | dangerous | compatibility | tx
ALTER TABLE customers RENAME TO clients;

-- case: 55 | dangerous | compatibility | tx
ALTER TABLE users DROP COLUMN legacy_password;

-- case: 56 | dangerous | compatibility | tx
DROP TABLE legacy_sessions;

-- case: 57 | safe | compatibility | tx
CREATE TABLE tmp_import (id bigint, raw text);
DROP TABLE tmp_import;

-- case: 58 | safe | compatibility | tx
ALTER TABLE users ADD COLUMN full_name text;

-- case: 59 | safe | compatibility | tx
CREATE VIEW clients AS SELECT * FROM customers;

-- case: 60 | dangerous | compatibility | tx
ALTER TYPE order_status RENAME TO order_status_old;
CREATE TYPE order_status AS ENUM ('open', 'paid', 'shipped');

-- case: 61 | safe | compatibility | tx
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';

-- case: 62 | dangerous | compatibility | tx
ALTER TABLE orders DROP COLUMN IF EXISTS discount_code;

-- case: 63 | safe | compatibility | tx
ALTER INDEX idx_orders_old_name RENAME TO idx_orders_customer;

-- case: 64 | dangerous | compatibility | tx
DROP TABLE IF EXISTS newsletter_subscribers CASCADE;

-- case: 65 | safe | compatibility | tx
COMMENT ON COLUMN users.email IS 'login name';

-- case: 66 | safe | compatibility | tx
ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_pk;

-- case: 67 | dangerous | index-lock | tx
REINDEX TABLE orders;

-- case: 68 | safe | index-lock | notx
REINDEX TABLE CONCURRENTLY orders;

-- case: 69 | dangerous | rewrite | tx
VACUUM FULL orders;

-- case: 70 | dangerous | rewrite | tx
ALTER TABLE orders SET TABLESPACE fast_ssd;
