-- The short numbers customers and staff quote (KB-26-004213). Drawn from a sequence: unique and
-- never reused; a submission that rolls back leaves a gap, which nobody needs to fill.
CREATE SEQUENCE complaint_reference_number;

-- Finding a complaint by the number someone reads out; written with the complaint's first event.
CREATE TABLE complaint_reference (
    reference     VARCHAR(32) NOT NULL PRIMARY KEY,
    complaint_id  VARCHAR(64) NOT NULL,
    CONSTRAINT complaint_reference_complaint UNIQUE (complaint_id)
);
