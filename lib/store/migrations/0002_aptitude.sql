-- Aptitude tests: imported questions, timed attempts with their items, per-topic ratings.

-- Questions instructors import; the shipped bank stays in data/aptitude/bank.
CREATE TABLE aptitude_questions (
    key VARCHAR(80) PRIMARY KEY,
    section VARCHAR(30) NOT NULL,
    topic VARCHAR(60) NOT NULL,
    difficulty VARCHAR(10) NOT NULL,
    answer INTEGER NOT NULL,
    wordings TEXT NOT NULL,
    imported_by BIGINT NOT NULL REFERENCES users (id),
    imported_at TIMESTAMP NOT NULL
);

CREATE INDEX aptitude_questions_section ON aptitude_questions (section, difficulty);

CREATE SEQUENCE aptitude_attempts_id_seq;

-- The deadline lives here, so the server decides what counts, whatever the browser does.
CREATE TABLE aptitude_attempts (
    id BIGINT PRIMARY KEY DEFAULT nextval('aptitude_attempts_id_seq'),
    user_id BIGINT NOT NULL REFERENCES users (id),
    section VARCHAR(30) NOT NULL,
    difficulty VARCHAR(10) NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard', 'adaptive')),
    mode VARCHAR(10) NOT NULL CHECK (mode IN ('practice', 'exam')),
    question_count INTEGER NOT NULL CHECK (question_count > 0),
    started_at TIMESTAMP NOT NULL,
    deadline TIMESTAMP,
    status VARCHAR(12) NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished')),
    finished_at TIMESTAMP,
    correct INTEGER,
    score INTEGER
);

CREATE INDEX aptitude_attempts_user ON aptitude_attempts (user_id, started_at);

-- One row per question shown, with a snapshot of the question so that history
-- stays as the candidate saw it even if the bank changes later.
CREATE TABLE aptitude_items (
    attempt_id BIGINT NOT NULL REFERENCES aptitude_attempts (id),
    position INTEGER NOT NULL,
    question_key VARCHAR(80) NOT NULL,
    topic VARCHAR(60) NOT NULL,
    difficulty VARCHAR(10) NOT NULL,
    answer INTEGER NOT NULL,
    wordings TEXT NOT NULL,
    shown_at TIMESTAMP NOT NULL,
    chosen INTEGER,
    answered_at TIMESTAMP,
    flagged BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (attempt_id, position)
);

-- Elo-style ability per topic, updated once per finished attempt.
CREATE TABLE aptitude_ratings (
    user_id BIGINT NOT NULL REFERENCES users (id),
    topic VARCHAR(60) NOT NULL,
    rating DOUBLE PRECISION NOT NULL,
    answered INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, topic)
);
