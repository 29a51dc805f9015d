--liquibase formatted sql

--changeset mosaik:platform-0006-sepa-debit
-- optional: the council may also pay its invoices by SEPA direct debit (mandate given on Stripe's invoice page)
alter table billing_account add column sepa_debit boolean not null default false;
