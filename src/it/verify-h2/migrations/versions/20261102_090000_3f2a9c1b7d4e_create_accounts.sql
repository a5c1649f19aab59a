-- Create accounts
--
-- Revision ID: 3f2a9c1b7d4e
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-11-02 09:00:00Z

-- migrate:upgrade
CREATE TABLE accounts (
    id BIGINT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    status VARCHAR(20) DEFAULT 'open' NOT NULL,
    CONSTRAINT fk_accounts_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX accounts_status_idx ON accounts (status);
INSERT INTO users (id, email) VALUES (1, 'ann@example.com');
INSERT INTO accounts (id, user_id) VALUES (1, 1);

-- migrate:verify
SELECT COUNT(*) = 1 FROM accounts WHERE status = 'open';

-- migrate:downgrade
DROP TABLE accounts;
DELETE FROM users;
