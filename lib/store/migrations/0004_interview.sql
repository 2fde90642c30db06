-- Mock interviews: instructors' questions, interview sessions, answers and voice recordings.

CREATE SEQUENCE interview_questions_id_seq;

-- Questions instructors and admins add; the shipped bank stays in data/interview/questions.
-- rubric is JSON ({"key_points": [{"point", "synonyms"}], "model_answer": [...]}) or NULL,
-- in which case answers are scored on the general criteria.
CREATE TABLE interview_questions (
    id BIGINT PRIMARY KEY DEFAULT nextval('interview_questions_id_seq'),
    role VARCHAR(30) NOT NULL,
    type VARCHAR(12) NOT NULL CHECK (type IN ('behavioural', 'technical')),
    level VARCHAR(8) NOT NULL CHECK (level IN ('intern', 'junior', 'senior')),
    language VARCHAR(5) NOT NULL,
    text TEXT NOT NULL,
    rubric TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX interview_questions_role ON interview_questions (role);

CREATE SEQUENCE interview_sessions_id_seq;

-- plan is the JSON list of question snapshots chosen at the start, so the interview stays
-- as the candidate saw it even if the bank changes later.
CREATE TABLE interview_sessions (
    id BIGINT PRIMARY KEY DEFAULT nextval('interview_sessions_id_seq'),
    user_id BIGINT NOT NULL REFERENCES users (id),
    role VARCHAR(30) NOT NULL,
    level VARCHAR(8) NOT NULL,
    type VARCHAR(12) NOT NULL CHECK (type IN ('behavioural', 'technical', 'mixed')),
    language VARCHAR(5) NOT NULL,
    plan TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    status VARCHAR(12) NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished')),
    finished_at TIMESTAMP,
    overall INTEGER
);

CREATE INDEX interview_sessions_user ON interview_sessions (user_id, started_at);

-- Recordings live under DATA_DIR/recordings/<id>.wav; the id is random and is the only name.
CREATE TABLE interview_recordings (
    id VARCHAR(36) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    size_bytes INTEGER NOT NULL,
    seconds DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE INDEX interview_recordings_user ON interview_recordings (user_id, created_at);

CREATE SEQUENCE interview_answers_id_seq;

-- An answer is saved first with status 'pending'; the scores arrive in a second step, so a
-- failed AI call or a crash never loses what the candidate said. kind: 'main' answers the
-- plan's question at position, 'follow_up' and 'retry' point to the answer they follow.
-- recording_id becomes NULL when the recording is deleted; the answer stays.
CREATE TABLE interview_answers (
    id BIGINT PRIMARY KEY DEFAULT nextval('interview_answers_id_seq'),
    session_id BIGINT NOT NULL REFERENCES interview_sessions (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    position INTEGER NOT NULL,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('main', 'follow_up', 'retry')),
    parent_id BIGINT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    language VARCHAR(5) NOT NULL,
    source VARCHAR(10) NOT NULL CHECK (source IN ('typed', 'voice')),
    recording_id VARCHAR(36),
    delivery TEXT,
    status VARCHAR(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'scored')),
    overall INTEGER,
    scores TEXT,
    notice VARCHAR(300),
    follow_up TEXT,
    created_at TIMESTAMP NOT NULL,
    scored_at TIMESTAMP
);

CREATE INDEX interview_answers_session ON interview_answers (session_id, position);
CREATE INDEX interview_answers_user ON interview_answers (user_id, created_at);
