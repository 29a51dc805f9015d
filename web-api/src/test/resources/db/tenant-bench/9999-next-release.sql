--liquibase formatted sql

--changeset mosaik:bench-9999-next-release
-- what a release typically brings: a new column with an index
alter table department add column bench_note varchar(200);
create index department_bench_note_idx on department (bench_note);
