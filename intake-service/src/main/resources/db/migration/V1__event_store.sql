-- The Axon event store, its tracking tokens and intake's idempotency claims, in one database so
-- that a claim and the complaint it names are committed together. Modelled on Axon's
-- PostgresEventTableFactory and PostgresTokenTableFactory, with snake_case names.

-- Every event of every complaint. global_index orders the whole store: the publisher tracks it with
-- gap-aware tokens, so a transaction that commits after a later one is still found.
CREATE TABLE domain_event_entry (
    global_index          BIGSERIAL    NOT NULL,
    event_identifier      VARCHAR(255) NOT NULL,
    aggregate_identifier  VARCHAR(255) NOT NULL,
    sequence_number       BIGINT       NOT NULL,
    type                  VARCHAR(255),
    time_stamp            VARCHAR(255) NOT NULL,
    payload_type          VARCHAR(255) NOT NULL,
    payload_revision      VARCHAR(255),
    payload               BYTEA        NOT NULL,
    meta_data             BYTEA,
    PRIMARY KEY (global_index),
    -- Two writers of one complaint collide here instead of both appending.
    CONSTRAINT domain_event_entry_stream UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier  VARCHAR(255) NOT NULL,
    sequence_number       BIGINT       NOT NULL,
    type                  VARCHAR(255) NOT NULL,
    event_identifier      VARCHAR(255) NOT NULL,
    time_stamp            VARCHAR(255) NOT NULL,
    payload_type          VARCHAR(255) NOT NULL,
    payload_revision      VARCHAR(255),
    payload               BYTEA        NOT NULL,
    meta_data             BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event UNIQUE (event_identifier)
);

-- Where each event processor stands, and which instance holds it.
CREATE TABLE token_entry (
    processor_name  VARCHAR(255) NOT NULL,
    segment         INTEGER      NOT NULL,
    token           BYTEA,
    token_type      VARCHAR(255),
    timestamp       VARCHAR(255),
    owner           VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- One row per client's Idempotency-Key: which complaint it produced, from what content.
CREATE TABLE submission_key (
    scoped_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    complaint_id  VARCHAR(64)  NOT NULL,
    fingerprint   CHAR(64)     NOT NULL,
    claimed_at    TIMESTAMPTZ  NOT NULL
);
