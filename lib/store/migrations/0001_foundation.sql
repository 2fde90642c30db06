-- Foundation: accounts, login sessions, login attempts, the activity ledger, cohorts.
-- Written in the SQL that DuckDB and PostgreSQL both accept. Times are UTC.

CREATE SEQUENCE users_id_seq;

CREATE TABLE users (
    id BIGINT PRIMARY KEY DEFAULT nextval('users_id_seq'),
    email VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL,
    avatar_path VARCHAR(200),
    bio VARCHAR(1000) NOT NULL DEFAULT '',
    role VARCHAR(20) NOT NULL DEFAULT 'candidate' CHECK (role IN ('candidate', 'instructor', 'admin')),
    language VARCHAR(5) NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi', 'es')),
    theme VARCHAR(10) NOT NULL DEFAULT 'light' CHECK (theme IN ('light', 'dark')),
    timezone VARCHAR(64) NOT NULL DEFAULT 'UTC',
    leaderboard_visible BOOLEAN NOT NULL DEFAULT TRUE,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    last_login TIMESTAMP
);

-- The id is the SHA-256 of the random session id the cookie carries, so a copy
-- of this table cannot be replayed as cookies.
CREATE TABLE login_sessions (
    id VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE INDEX login_sessions_user ON login_sessions (user_id);

-- Append-only; the e-mail is recorded even when no account has it, so that
-- throttling behaves the same for unknown and known addresses.
CREATE TABLE login_attempts (
    email VARCHAR(254) NOT NULL,
    succeeded BOOLEAN NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);

CREATE INDEX login_attempts_email_time ON login_attempts (email, attempted_at);

-- Append-only activity ledger: XP, streaks and counts are derived from it and
-- never updated in place. A (user, kind, reference) triple is awarded once.
CREATE SEQUENCE activity_id_seq;

CREATE TABLE activity (
    id BIGINT PRIMARY KEY DEFAULT nextval('activity_id_seq'),
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind VARCHAR(40) NOT NULL,
    reference VARCHAR(200),
    xp INTEGER NOT NULL DEFAULT 0 CHECK (xp >= 0),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, kind, reference)
);

CREATE INDEX activity_user_time ON activity (user_id, created_at);

CREATE SEQUENCE cohorts_id_seq;

CREATE TABLE cohorts (
    id BIGINT PRIMARY KEY DEFAULT nextval('cohorts_id_seq'),
    name VARCHAR(100) NOT NULL,
    join_code VARCHAR(16) NOT NULL UNIQUE,
    instructor_id BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE cohort_members (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    joined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);

CREATE INDEX cohort_members_user ON cohort_members (user_id);
