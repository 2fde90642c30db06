-- Resume analyzer: uploaded files (stored under generated names) and analyses.

-- The id is also the stored file's name; the user's own file name is kept only to show
-- back to its owner and is never used as a path.
CREATE TABLE resume_files (
    id VARCHAR(36) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind VARCHAR(5) NOT NULL CHECK (kind IN ('pdf', 'docx')),
    size_bytes INTEGER NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);

CREATE INDEX resume_files_user ON resume_files (user_id);

CREATE SEQUENCE resume_analyses_id_seq;

-- The report is kept as JSON (message ids and parameters, so it renders in any language).
-- file_id becomes NULL when the owner deletes the file; the analysis stays.
CREATE TABLE resume_analyses (
    id BIGINT PRIMARY KEY DEFAULT nextval('resume_analyses_id_seq'),
    user_id BIGINT NOT NULL REFERENCES users (id),
    file_id VARCHAR(36),
    created_at TIMESTAMP NOT NULL,
    role VARCHAR(40),
    job_text TEXT,
    ats_score INTEGER NOT NULL,
    match_rate INTEGER,
    report TEXT NOT NULL
);

CREATE INDEX resume_analyses_user ON resume_analyses (user_id, created_at);
